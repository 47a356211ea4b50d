# A dict or set with str keys as the sequence of its keys (a list of strs, in insertion order):
# max, min (by text), any, all, list, tuple.
w = {"pear": 1, "apple": 2, "": 3}
print(max(w), min(w), any(w), all(w), list(w), tuple(w), sorted(w, reverse=True))
t = {"x", "y"}
print(max(t), min(t), any(t), all(t))
ws = {}
ws["a"] = 1
ws["b"] = 2
del ws["a"]
print(list(ws), tuple(ws), min(ws))
del ws["b"]
print(list(ws), max(ws, default="none"))
print(min(ws))
