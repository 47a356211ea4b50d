# collections.Counter: Counter(xs) of a list, a str, a generator or a tuple key list, Counter(d),
# c[k] of a missing k is 0 (not stored), c[k] += 1, most_common([n]) (the greatest counts first, ties
# in insertion order; n <= 0 gives []), del of a missing key, printing in most_common() order.
from collections import Counter, defaultdict

labels = ["cat", "dog", "cat", "bird", "dog", "cat"]
c = Counter(labels)
print(c["cat"], c["fish"], len(c), "fish" in c)
print(c.most_common(2), c.most_common(), c.most_common(0), c.most_common(-1))
print(c.most_common(1)[0][0])
w = Counter()
for ch in "mississippi":
    w[ch] += 1
print(w.most_common(3))
print(Counter("hello"), Counter([3, 1, 3, 2, 1, 3]))
print(Counter(x % 3 for x in range(10)))
print(Counter([(1, 2), (1, 2), (0, 0)]))
print(Counter(""), str(Counter([7] * 0)), f"{Counter([True, False, True])}")
d = Counter({"a": 2, "b": 5})
d["a"] -= 3
print(d, dict(d))
del d["zzz"]
del d["a"]
print(d, sum(c.values()), sorted(c), max(c, key=c.get))
votes = [Counter("ab"), Counter("ba")]
print(votes)
for k, n in c.items():
    print(k, n)
e = c.copy()
e["cat"] += 10
print(c["cat"], e["cat"])
