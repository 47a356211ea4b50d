# str(), repr() and f-string fields of tuples built by tuple() (records, printed as tuples: (x,) for one)
xs = [3, 1, 2]
t = tuple(xs)
print(t, str(t), f"{t}", repr(t), tuple(x * 2 for x in xs), tuple())
names = tuple(w for w in ["b", "a"])
print(names, f"{names}", str(names), len(names))
ts = [tuple(sorted(p)) for p in [[2, 1], [0, 5]]]
print(sorted(ts), ts, str(ts))
d = {"x": 1, "y": 2}
print(tuple(d.keys()), tuple(d.values()))
print(sorted([tuple([2, 1]), tuple([1, 9])]), tuple([1]) < tuple([1, 0]))
one = tuple([7])
print(str(one), f"{one}|{tuple()}", [str(tuple([i])) for i in range(2)], "%s" % str(one))
