# + and lexicographic comparison of tuples built by tuple(), with each other and with fixed tuples.
def squares(n):
    return tuple(i * i for i in range(n))


t = squares(3)
u = tuple([0, 1, 5])
print(t + u, t + (9,), (7, 8) + t, () + t, squares(1) + squares(0))
print(t == u, t != u, t < u, t <= u, t > u, t >= u, u > t)
print(t == (0, 1, 4), (0, 1) < t, t < (0, 1), t <= (0, 1, 4), squares(2) < t, squares(0) < squares(1))
rows = [tuple([2, 1]), squares(3), tuple([0, 1])]
rows.sort()
print(rows, sorted(rows, reverse=True), t in rows, rows.count(t))
rows.append(t + u)
print(rows[-1], len(rows[-1]), [len(r) for r in rows])
big = tuple(range(0))
for k in range(5):
    big = big + tuple([k]) if k % 2 else big + (k, k)
print(big)


class Shape:
    def __init__(self, sides):
        self.sides = tuple(sides)

    def perimeter(self):
        return sum(self.sides)


s = Shape([3, 4, 5])
print(s.sides, s.perimeter())
