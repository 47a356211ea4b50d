# Objects as fields, in lists and as arguments, with aliasing; class constants; is and truth.
class Counter:
    STEP = 2

    def __init__(self, start):
        self.n = start
        self.hits = [0] * 3

    def bump(self):
        self.n += Counter.STEP
        self.hits[self.n % 3] += 1
        return self.n


class Pair:
    def __init__(self, a, b):
        self.left = a
        self.right = b
        self.flag = False

    def total(self):
        return self.left.n + self.right.n


def bump_all(cs, times):
    for c in cs:
        for _ in range(times):
            c.bump()


a = Counter(1)
b = a
b.bump()
print(a.n, b.n, a is b)
p = Pair(a, Counter(10))
p.right.bump()
print(p.total(), p.flag)
cs = [Counter(0), Counter(5), a]
bump_all(cs, 3)
print(cs[0].n, cs[1].n, cs[2].n, a.n, p.left.n, a.hits)
p.flag = True
p.left = Counter(100)
print(p.total(), p.flag, a.STEP, Counter.STEP)
if p.left:
    print("truthy")
print(p is None, p is not None)
