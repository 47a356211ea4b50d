# error: 14:5: error: 't' would hold a tuple[str, int] here, but holds a tuple[str | None, int] at line 14 (kilopy gives each name one type)
# a tuple with a raw str stored where a tuple with a str or None element is held: refused (the record holds no box).
def pick(flag):
    best = None
    if flag:
        best = "a"
    return best, 1


u = ("b", 2)
t = pick(False)
for i in range(2):
    print(t)
    t = u
