# error: 4:12: error: iterating over a set follows CPython's hash table order, which kilopy does not keep: write sorted(s) (a set comprehension, any(), all(), min(), max() and sorted() without a key, and sum(1 for ...) take one, where their parts call nothing)
# dict(s) of a set of pairs (CPython takes it, in the set's hash order) is refused.
s = {(1, 2), (3, 4)}
print(dict(s))
