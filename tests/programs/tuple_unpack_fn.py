# Tuples through functions: annotated parameters, returning a tuple kept in a variable or
# passed on, nested returns unpacked, a tuple swap, tuples as object fields and in lists.
def add(p: tuple[int, int], q: tuple[int, int]) -> tuple[int, int]:
    return p[0] + q[0], p[1] + q[1]


def scale(p, k):
    r = (p[0] * k, p[1] * k)
    return r


def split(n):
    d = divmod(n, 10)
    return d, n % 2 == 0


def walk(moves):
    pos = (0, 0)
    seen = [pos]
    for dx, dy in moves:
        pos = add(pos, (dx, dy))
        seen.append(pos)
    return pos, seen


class Box:
    def __init__(self, lo, hi):
        self.lo = lo
        self.hi = hi

    def size(self):
        (x0, y0), (x1, y1) = self.lo, self.hi
        return (x1 - x0) * (y1 - y0)


end, seen = walk([(1, 0), (0, 2), (-3, 1)])
print(end, seen, len(seen))
print(scale(end, -2), add(scale(end, 3), end))
(q, r), even = split(47)
print(q, r, even, split(40))
b = Box((1, 1), end)
print(b.lo, b.hi, b.size())
b.hi = (5, 5)
print(b.size())
a, c = (1, (2, 3)), (4, (5, 6))
a, c = c, a
print(a, c)
print(((1,),), (None,), ([1], [[2]]))
