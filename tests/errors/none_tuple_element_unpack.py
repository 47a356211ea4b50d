# error: 10:1: error: kilopy cannot unpack a tuple or None, an element of a tuple that may be None: assign it to a name, test it is not None, then unpack the name
# a tuple or None element unpacked in place: refused (no None check there).
def pick(flag):
    best = None
    if flag:
        best = (1, 2)
    return best, 0


(a, b), c = pick(True)
print(a, b, c)
