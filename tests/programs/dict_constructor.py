# dict() is an empty dict, as {} is: its types come from later stores.
d = dict()
print(d, len(d), 3 in d)
d[3] = 4
d[1] = 2
print(d, d.get(1, 0), sorted(d))
e = dict()
e[True] = [1]
print(e)
