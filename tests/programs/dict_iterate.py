# Iterating a dict: keys, keys(), values(), items(), enumerate and zip over it, a
# comprehension; each in insertion order.
def total(d):
    s = 0
    for v in d.values():
        s += v
    return s


d = {}
for i in range(6):
    d[i * 3 % 5] = i
for k in d:
    print(k, d[k])
for k in d.keys():
    d[k] = d[k] * 2
for k, v in d.items():
    print(k, v)
print(total(d))
for i, k in enumerate(d):
    print(i, k)
for k, x in zip(d, [10, 20]):
    print(k, x)
print([k * 10 for k in d if d[k] > 2])
print(sum(v for v in d.values()))
hist = {}
for x in [5, 3, 5, 1, 3, 5]:
    hist[x] = hist.get(x, 0) + 1
best = -1
for k, v in hist.items():
    if best < 0 or v > hist[best]:
        best = k
print(best, hist)
del hist[3]
hist[0] = 9
print(list(hist), sorted(hist), sorted(hist, reverse=True), max(list(hist)))
