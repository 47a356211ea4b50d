# defaultdict's other factories: set (adjacency lists), dict, collections.Counter, and lambdas
# returning what a factory makes: lambda: 0, lambda: [], lambda: defaultdict(int) (nested).
# kilopy: heap=4096
from collections import defaultdict, Counter

graph = defaultdict(set)
for a, b in [(1, 2), (2, 3), (1, 3), (3, 1)]:
    graph[a].add(b)
    graph[b].add(a)
print({k: sorted(v) for k, v in sorted(graph.items())})
nested = defaultdict(lambda: defaultdict(int))
for user, item in [("ann", "x"), ("bob", "y"), ("ann", "x"), ("ann", "z")]:
    nested[user][item] += 1
print(nested["ann"], dict(nested["bob"]), len(nested), nested["cy"]["q"], len(nested))
by_len = defaultdict(dict)
for w in ["aa", "b", "cc", "d"]:
    by_len[len(w)][w] = w.upper()
print(dict(by_len))
zero = defaultdict(lambda: 0)
zero["k"] += 5
print(dict(zero), zero["none"])
lists = defaultdict(lambda: [])
lists["a"].append(1)
print(dict(lists))
per_class = defaultdict(Counter)
for label, w in [("a", "x"), ("b", "y"), ("a", "x")]:
    per_class[label][w] += 1
print(per_class, per_class["a"].most_common(1))
