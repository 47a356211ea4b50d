# tuple(...) of ints as a dict key and a set element: compared by value, whatever its length.
seen = {}
for w in [[3, 1], [1, 3], [2], [1, 3, 1], [2]]:
    k = tuple(sorted(w))
    seen[k] = seen.get(k, 0) + 1
print(seen, len(seen))
print(tuple([1, 3]) in seen, tuple([4]) in seen, seen[tuple(x for x in [1, 1, 3])])
for k, v in seen.items():
    print(k, v, len(k))
print(sorted(seen), list(seen))
del seen[tuple([2])]
print(seen)
s = set()
s.add(tuple([1, 2]))
s.add(tuple(x for x in [1, 2]))
s.add(tuple(range(1)))
print(len(s), sorted(s))
print(seen[tuple([9, 9])])
