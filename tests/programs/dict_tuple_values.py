# Tuples as dict values: per-class (count, sum) statistics, as training scripts keep them.
samples = [(0, 5), (1, 7), (0, 3), (2, 10), (1, 1), (0, 2), (2, -4)]

stats = {}
for label, x in samples:
    c, s = stats.get(label, (0, 0))
    stats[label] = (c + 1, s + x)
print(stats)
print(len(stats), 1 in stats, 7 in stats)

for label, (c, s) in stats.items():
    print("class", label, "count", c, "mean", s // c)

totals = 0
for c, s in stats.values():
    totals += s
print("total", totals)

for v in stats.values():
    print(v, v[0], v[1])

a, b = stats[2]
print(a + b, stats[0] == (3, 10), stats[1] != (2, 8))

# a display, overwriting, deleting, setdefault and pop
bounds = {"x": (0, 10), "y": (-5, 5)}
bounds["x"] = (1, 9)
print(bounds)
print(bounds.setdefault("z", (2, 3)), bounds.setdefault("x", (7, 7)))
del bounds["y"]
print(bounds, len(bounds))
print(bounds.pop("z"), bounds)
print(bounds.pop("q", None), bounds.get("x"), bounds.get("q"))
lo_hi = bounds.get("x")
if lo_hi is not None:
    lo, hi = lo_hi
    print(hi - lo)

# mixed element types, and a comprehension
names = {1: ("cat", True, 3), 2: ("dog", False, -1)}
names[3] = ("eel", 3 > 2, 0)
print(names)
print(names[2][0], names[3][1])
squares = {k: (k, k * k) for k in range(4)}
print(squares)
print(list(squares.values()))
print(list(squares.items()))
print(max(squares.values()), min(squares.values()))

# empty and cleared
empty = {}
print(empty)
empty[0] = (0,)
print(empty, empty[0])
squares.clear()
print(squares, len(squares), bool(squares))
