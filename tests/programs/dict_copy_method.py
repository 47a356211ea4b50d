# d.copy(): a new dict of d's items in d's order (shallow: the lists it holds are shared); a
# defaultdict's copy is a defaultdict of the same factory; tuple keys.
from collections import defaultdict
d = {"a": 1, "b": 2}
e = d.copy()
e["c"] = 3
d["a"] = 0
print(d, e, d.copy() == d)
t = defaultdict(list)
t[1].append(2)
u = t.copy()
u[2].append(5)
print(t, u)
g = {(1, 2): "x"}
h = g.copy()
del h[(1, 2)]
print(g, h, len(h))
def snapshot(x):
    return x.copy()
print(snapshot({1: True}))
