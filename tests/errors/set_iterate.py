# error: 4:10: error: iterating over a set follows CPython's hash table order, which kilopy does not keep: write sorted(s) (a set comprehension, any(), all(), min(), max() and sorted() without a key, and sum(1 for ...) take one, where their parts call nothing)
# a set's iteration order is CPython's hash table's: refused.
s = {3, 1}
for x in s:
    print(x)
