# sorted(xs, key=f) takes xs's items before the first key, as CPython's sorted() does: a key
# that adds to the dict or list it sorts (a defaultdict read, a memo, an append) changes
# neither the items sorted nor the loop over them.
from collections import defaultdict

edges = [("a", "b"), ("a", "c"), ("b", "c"), ("c", "d")]
adj = defaultdict(list)
for u, v in edges:
    adj[u].append(v)


def reach2(n):
    return sum(len(adj[m]) for m in adj[n])


print(sorted(adj, key=reach2, reverse=True), len(adj))

cache = {3: 9, 1: 1}


def square(n):
    if n not in cache:
        cache[n] = n * n
    return cache[n]


def score(k):
    return square(k) + square(k + 1)


print(sorted(cache, key=score), cache)

words = ["bb", "a"]


def grow(v):
    if len(words) < 4:
        words.append(v + "!")
    return len(v)


print(sorted(words, key=grow), words)
print(sorted(words, key=lambda w: (grow(w), w)), words)
print(sorted(adj.items(), key=lambda kv: -reach2(kv[0])))
