# error: 4:12: error: iterating over a set follows CPython's hash table order, which kilopy does not keep: write sorted(s)
# dict(s) of a set of pairs (CPython takes it, in the set's hash order) is refused.
s = {(1, 2), (3, 4)}
print(dict(s))
