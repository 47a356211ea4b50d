# defaultdict(int), (list), (str), (bool) and (set) from collections: d[k] stores the factory's
# value for a missing k (a read, +=, .append, .add), as CPython's __missing__; get(), in, pop,
# setdefault, del and iteration do not; in a class's field, a function's parameter and result;
# tuple keys; dict(d) gives a plain dict.
from collections import defaultdict


class Vocab:
    def __init__(self):
        self.counts = defaultdict(int)
        self.total = 0

    def add(self, w):
        self.counts[w] += 1
        self.total += 1

    def top(self, n):
        return sorted(self.counts, key=lambda w: (-self.counts[w], w))[:n]


def tally(words):
    d = defaultdict(int)
    for w in words:
        d[w] += 1
    return d


def bump(d, k):
    d[k] += 10
    return d[k]


v = Vocab()
for w in "a b a c b a d".split():
    v.add(w)
print(v.top(2), v.total, v.counts)
t = tally(["x", "y", "x"])
print(t, bump(t, "z"), t)
c = defaultdict(int)
c["q"] += 1
print(c, t)
print("y" in t, t.get("nope"), t.get("nope", -1), len(t))
t["w"]
_ = t["v"]
print(t)
del t["x"]
print(t.pop("y"), t.setdefault("m", 7), t)
pairs = defaultdict(int)
for a, b in [(1, 2), (2, 1), (1, 2)]:
    pairs[(a, b)] += 1
print(pairs, max(pairs, key=pairs.get))
for k, n in sorted(t.items()):
    print(k, n)
print(sum(t.values()), list(t), dict(t))
nested = defaultdict(list)
nested["a"].append(1)
nested["a"] += [2, 3]
print(nested, nested["b"] == [])
