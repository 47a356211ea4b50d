# A dict or None in a field (self.table = None), a None default, an Optional[Dict] result, a tuple element,
# d.get(k) of a dict of dicts and a conditional expression.
from typing import Optional, Dict


class Cache:
    def __init__(self):
        self.table = None
        self.hits = 0

    def lookup(self, k):
        if self.table is None:
            self.table = {}
        if k in self.table:
            self.hits += 1
            return self.table[k]
        self.table[k] = k * k
        return self.table[k]


def tally(words, counts=None):
    if counts is None:
        counts = {}
    for w in words:
        counts[w] = counts.get(w, 0) + 1
    return counts


def first_big(rows: list, limit: int) -> Optional[Dict[str, int]]:
    for r in rows:
        if r["v"] > limit:
            return r
    return None


c = Cache()
print(c.table)
print(c.lookup(3), c.lookup(4), c.lookup(3), c.hits, c.table)
print(tally(["a", "b", "a"]))
shared = {"z": 5}
print(tally(["z", "y"], shared), shared)
rows = [{"v": 1}, {"v": 7}, {"v": 3}]
print(first_big(rows, 2), first_big(rows, 10))
big = first_big(rows, 5)
print("found" if big is not None else "none", big)
pair = (None, 0)
for i, r in enumerate(rows):
    if pair[0] is None or r["v"] < pair[1]:
        pair = (r, r["v"])
print(pair)
who, score = pair
print(who, score)
nested = {"p": {"x": 1}, "q": {"x": 2}}
got = nested.get("p")
print(got, nested.get("r"))
if got is not None:
    got["x"] += 10
print(nested)
opt = None if len(rows) > 5 else rows[0]
print(opt)
