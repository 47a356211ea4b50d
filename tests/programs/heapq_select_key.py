# heapq.nlargest/nsmallest with key=: the n first of the stable sort by the key (largest first for
# nlargest), ties kept in their order, n <= 0 giving [].
import heapq
from heapq import nsmallest as smallest

counts = {"the": 5, "cat": 2, "sat": 5, "on": 1, "mat": 2}
print(heapq.nlargest(3, counts.items(), key=lambda kv: kv[1]))
print(heapq.nlargest(2, counts, key=lambda w: counts[w]))
points = [(3, 4), (1, 1), (0, 2), (5, 0), (2, 2)]
q = (1, 2)


def dist(p):
    return abs(p[0] - q[0]) + abs(p[1] - q[1])


k = 3
print(smallest(k, points, key=dist))
print(heapq.nsmallest(0, points, key=dist), heapq.nlargest(-2, points, key=dist))
words = ["pear", "fig", "banana", "kiwi", "plum"]
print(heapq.nsmallest(2, words, key=lambda w: len(w)), heapq.nlargest(10, words, key=lambda w: len(w)))
print(heapq.nlargest(2, [3, 1, 4, 1, 5]))
