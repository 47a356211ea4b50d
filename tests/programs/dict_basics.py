# Dicts with int and bool keys: displays, d[k], stores, del, in, len, get, pop, setdefault,
# ==, printing, insertion order (a deleted then re-inserted key goes last).
d = {1: 2, 3: 4, 1: 5}
print(d, len(d))
d[7] = -1
d[3] += 10
print(d[3], 3 in d, 9 in d, 9 not in d)
del d[1]
d[1] = 0
print(d)
print(d.get(9, -1), d.get(7, 0), d.pop(7), d.pop(7, 42), d.setdefault(8, 1), d.setdefault(8, 2))
print(d == {3: 14, 1: 0, 8: 1}, d == {1: 0, 3: 14, 8: 1}, d != {1: 0})
counts = {}
for x in [3, 1, 3, 3, 2, 1]:
    counts[x] = counts.get(x, 0) + 1
print(counts)
flags = {True: 1, False: 0}
flags[True] = 5
print(flags, flags[1 == 1])
seen = {}
seen[4] = True
seen[-4] = False
print(seen)
