# Tuples as values: literals, (x,), mixed elements, in lists, fields, arguments and returns; indexing,
# len, unpacking (nested, in for loops), printing as CPython, == and in.
class P:
    def __init__(self, x):
        self.pos = (x, x + 1)


def swap(t):
    return t[1], t[0]


def mk(a, b):
    t = (a, (b, a))
    return t


def both(t):
    a, (b, c) = t
    return a + b + c


pts = [(1, 2), (3, 4)]
pts.append((5, 6))
print(pts)
print(len(pts), pts[0], pts[-1][1])
t = (1,)
print(t, len(t), (1, (2, 3)), (True, None, [1, 2]))
x, y = pts[1]
print(x, y)
for a, b in pts:
    print(a * b, end=" ")
print()
for p in pts:
    print(p[0], p[1])
for i, (a, b) in enumerate(pts):
    print(i, a, b)
s = swap((7, 8))
print(s, swap(s))
u, v = swap(s)
print(u, v)
m = mk(3, 4)
print(m, both(m))
o = P(5)
print(o.pos, o.pos[1])
print((1, 2) == (1, 2), (1, 2) != (2, 1), pts == [(1, 2), (3, 4), (5, 6)], (3, 4) in pts, (4, 3) in pts)
