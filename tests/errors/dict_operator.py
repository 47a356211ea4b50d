# error: 4:7: error: the '|' operator on dicts is not supported in kilopy: store the items in a loop
# no dict operators (CPython's | merges dicts; kilopy has none).
d = {1: 2}
e = d | {3: 4}
print(e)
