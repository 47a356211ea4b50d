# A dict or a set as the sequence of its keys, in insertion order: max, min, sum, any, all,
# list, tuple, sorted and max(..., default=), of int and bool keys.
d = {3: 1, -1: 2, 7: 0}
print(max(d), min(d), sum(d), any(d), all(d), list(d), tuple(d), sorted(d))
print(max(d, key=d.get), min(d, default=0))
b = {True: 1, False: 2}
print(max(b), min(b), sum(b), list(b))
s = {5, 2, 9}
print(max(s), min(s), sum(s), any(s), all(s))
e = {}
e[0] = 2
print(list(e), sum(e), any(e), all(e), max(e, default=-1))
del e[0]
print(list(e), any(e), all(e), sum(e), max(e, default=-1))
print(min(e))
