# Tuples as dict values holding None, lists, tuples and objects; dicts of dicts of tuples; many
# tuples made and dropped, so the collector runs while a dict holds the live ones.
class P:
    def __init__(self, x):
        self.x = x

    def __repr__(self):
        return "P(" + str(self.x) + ")"


def first_even(xs):
    for x in xs:
        if x % 2 == 0:
            return x
    return None


best = {}
best["a"] = (1, first_even([1, 3]))
best["b"] = (2, first_even([1, 5, 4]))
print(best)
for k, (n, v) in best.items():
    if v is None:
        print(k, n, "none")
    else:
        print(k, n, v + 1)

nested = {1: ((1, 2), [3, 4]), 2: ((5, 6), [0] * 0)}
nested[2][1].append(7)
print(nested)
(p, q), xs = nested[1]
print(p, q, xs)

objs = {0: (P(1), "one")}
objs[1] = (P(2), "two")
print(objs)
print(objs[1][0].x)

grid = {}
for r in range(2):
    grid[r] = {}
    for c in range(3):
        grid[r][c] = (r, c, r * c)
print(grid)
print(grid[1][2])

of_lists = {1: [(1, 2)], 2: []}
of_lists[2].append((3, 4))
print(of_lists)

# the collector: most of these tuples are garbage at once
grid.clear()
objs.clear()
nested.clear()
last = {}
for i in range(300):
    last[i % 3] = (i, i * 2, str(i))
print(last)
print(f"{last[0]}", str(last))
