# A value (no tuple display) unpacked into fields and elements: unpacked first, then each target
# assigned in turn, left to right (xs[i], i = ...: xs[i] with the old i), as CPython does.
class P:
    def __init__(self, pair):
        self.x, self.y = pair

    def move(self, d):
        self.x, self.y = d[0] + self.x, d[1] + self.y


def f():
    return 3, 4


p = P((1, 2))
print(p.x, p.y)
p.move((5, 5))
print(p.x, p.y)
p.x, p.y = f()
print(p.x, p.y)
xs = [0, 0, 0]
xs[0], xs[2] = f()
print(xs)
i = 0
xs[i], i = (9, 2)
print(xs, i)
pt = (1, 8)
i, xs[i] = pt
print(xs, i)
grid = {}
grid["a"], p.y, last = [10, 20, 30]
print(grid, p.y, last)
try:
    p.x, p.y = [1, 2, 3]
except ValueError as e:
    print("ValueError:", e)
print(p.x, p.y)
