# Dicts meet tuples and strs: items() as tuples, str values, tuples of dict data.
d = {3: 30, 1: 10, 2: 20}
names = {0: "low", 1: "high"}
for kv in d.items():
    print(kv, kv[0] + kv[1])
pairs = [kv for kv in d.items() if kv[1] > 10]
print(pairs, sorted(pairs), len(pairs))
for i, kv in enumerate(d.items()):
    print(i, kv)
best = max((v, k) for k, v in d.items())
print(best, names, names[best[0] // 30])
for k, (a, b) in zip(d, [(1, 2), (3, 4), (5, 6)]):
    print(k, a + b)
t = (names[0], d[1], "x")
print(t, t[0], len(t))
