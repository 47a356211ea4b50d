# min() and max() of lists of tuples without key=: Python's tuple order (the first differing
# place decides, else the shorter is less), the first least or greatest element, strs and
# bools in places, a dict's and a set's tuple keys, tuples built by tuple(), and the empty
# list's ValueError; min(a, b, ...) of tuples; default=.
pairs = [(3, "c"), (1, "a"), (2, "b"), (1, "a"), (3, "b")]
print(min(pairs), max(pairs))
scores = [3, -5, 2, 5]
best = max([(s * s, i) for i, s in enumerate(scores)])
print("best", best, "worst", min([(s * s, i) for i, s in enumerate(scores)]))
d = {(1, 2): 5, (0, 9): 3, (1, 1): 4}
print(min(d), max(d))
s = {(4, 4), (2, 8), (4, -1)}
print(min(s), max(s))
flags = [(True, 2), (False, 9), (True, 1)]
print(min(flags), max(flags))
names = [("bob", 3), ("al", 5), ("bob", 1), ("", 0)]
print(min(names), max(names))
v = [tuple([1, 2, 3]), tuple([1, 2]), tuple([0, 9, 9, 9])]
print(min(v), max(v))
print(min((1, 2), (0, 3)), max((1, "b"), (1, "c"), (0, "z")), min(pairs[0], pairs[3], (1, "A")))


def closest(points, x, y):
    return min([((px - x) ** 2 + (py - y) ** 2, px, py) for px, py in points])


print(closest([(0, 0), (5, 5), (2, 3), (3, 2)], 3, 3))
empty = [(1, 2)]
print(max(empty, default=(0, 0)))
empty.pop()
print(max(empty, default=(0, 0)), min(d, default=(7, 7)))
try:
    print(min(empty))
except ValueError as err:
    print("empty:", err)
print(max(empty))
