# A dict or a set as the sequence of its keys, in insertion order: max, min, sum, any, all,
# list, tuple, sorted, and max(..., default=), for int, bool and str keys.
d = {3: 1, -1: 2, 7: 0}
print(max(d), min(d), sum(d), any(d), all(d), list(d), tuple(d), sorted(d))
w = {"pear": 1, "apple": 2, "": 3}
print(max(w), min(w), any(w), all(w), list(w), tuple(w), sorted(w, reverse=True))
print(max(w, key=w.get), min(w, key=w.get), sorted(w, key=lambda k: w[k]))
print(min(w, default="x"), max(d, default=0))
b = {True: 1, False: 2}
print(max(b), min(b), sum(b), list(b))
s = {5, 2, 9}
print(max(s), min(s), sum(s), any(s), all(s))
t = {"x", "y"}
print(max(t), min(t), any(t), all(t))
e = {}
e[0] = 2
print(list(e), sum(e), any(e), all(e), max(e, default=-1))
del e[0]
print(list(e), any(e), all(e), sum(e), max(e, default=-1))
ws = {}
ws["a"] = 1
ws["b"] = 2
del ws["a"]
print(list(ws), tuple(ws), min(ws))
try:
    print(max(e))
except ValueError as err:
    print(err)
del ws["b"]
print(min(ws))
