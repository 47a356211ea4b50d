# dict(d) of a dict copies it: a new dict with d's items in d's order, which later stores into
# either do not change the other.
d = {"a": 1, "b": 2}
e = dict(d)
e["c"] = 3
d["a"] = 9
print(d, e, dict({1: [2]}), len(dict(e)))
grid = {(0, 1): 5}
print(dict(grid) == grid, dict(grid))
