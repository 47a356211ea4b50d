# error: 8:29: error: iterating over a set follows CPython's hash table order, which kilopy does not keep: write sorted(s) (a set comprehension, any(), all(), min(), max() and sorted() without a key, and sum(1 for ...) take one, where their parts call nothing)
# A set comprehension over a set whose element calls a function: the calls' order would follow
# CPython's hash table order.
def show(x):
    print(x)
    return x
s = {3, 1, 2}
print(len({show(x) for x in s}))
