# lists of dicts: displays, aliasing (one dict in two places), ==, in, count, index, dict methods on elements
rows = [{"a": 1}, {}]
print(rows)
print(len(rows), len(rows[0]), len(rows[1]))
d = {"k": 5}
xs = [d, d]
d["k"] = 6
print(xs)
xs[0]["z"] = 1
print(d, xs[1])
ys = xs
ys.append({"q": 2})
print(len(xs))
print(xs == [{"k": 6, "z": 1}, {"z": 1, "k": 6}, {"q": 2}])
print(xs != ys, xs == [{"k": 6}])
p = xs.pop()
print(p, xs)
xs.insert(0, {"first": 0})
print(xs)
print(xs.count({"k": 6, "z": 1}), xs.index({"z": 1, "k": 6}), xs.index({"first": 0}))
print({"first": 0} in xs, {"first": 1} in xs, {"first": 0} not in xs)
try:
    xs.index({"first": 2})
except ValueError as err:
    print("ValueError:", err)
e = xs[1]
print(e.get("k"), e.get("nope", -1), "k" in e, "w" in e)
print(list(e.keys()), list(e.values()), list(e.items()))
print(e.setdefault("w", 7), e)
print(e.pop("w"), e)
for k, v in xs[0].items():
    print(k, v)
for r in xs:
    for k in r:
        print(k, r[k], end="; ")
print()
print(sorted(xs, key=lambda r: len(r)))
print(min(xs, key=lambda r: len(r)))
s = str(xs)
print(s, len(s))
print(f"{xs!r}" == repr(xs))
