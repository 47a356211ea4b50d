# error: 4:12: error: list() of a set would follow CPython's hash table order, which kilopy does not keep: write sorted(s)
# list(s) would take CPython's hash table order: refused.
s = {3, 1}
print(list(s))
