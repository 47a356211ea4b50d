# An f-string's field is text where CPython evaluates it: a later field's comprehension (lowered before
# the f-string) comes after the earlier fields' text, as does a % format that CPython makes as an f-string.
xs = [1, 2]
print(f"{xs} {xs.pop()} {sum(x for x in xs)}")
class C:
    def __init__(self):
        self.n = 0
    def __str__(self):
        return "C" + str(self.n)
    def bump(self):
        self.n += 1
        return self.n
c = C()
s = f"{c} {[c.bump() for _ in range(2)]}"
print(s)
d = {"a": 1}
print("%s %s %s" % (d, d.pop("a"), [k for k in d]))
queue = [5, 3, 8]
while queue:
    print(f"queue={queue} served={queue.pop(0)} left={[q * 10 for q in queue]}")
name = "n"
print(f"{name!r:>5}|{sum(x for x in [1, 2])}|")

ys = [1, 2]
w = 8
print(f"{ys!s:>{w}}|{ys.pop()}|{[v for v in ys]}")
print(f"{len(ys):{w}}|{ys.pop()}|{[v for v in ys]}")

class Bad:
    def __str__(self):
        if True:
            raise ValueError("bad str")
        return "ok"
b = Bad()
print(f"{b} {sum(10 // x for x in [0])}")
