# sum(xs, start) of a dict's or a set's keys (Counter and defaultdict too): the keys, listed
# (they were read as the hash table's raw slots); any() and all() of lists of dicts, lists, strs.
from collections import Counter, defaultdict
u = {1, 2, 4}
print(sum(u, 0), sum(u, 100), sum(u, start=5))
d = {1: 5, 2: 6, 4: 7}
print(sum(d, 10))
c = Counter([3, 3, 4])
print(sum(c, 1))
dd = defaultdict(int)
dd[7] += 1
print(sum(dd, -7))
print(any([{}, {1: 2}]), all([{}, {1: 2}]), any([[0][:0], [1]]), all([[1], [2]]))
print(any(["", "a"]), all(["", "a"]))
