# error: 4:7: error: printing a set follows CPython's hash table order, which kilopy does not keep: print(sorted(s))
# a set prints in CPython's hash table order: refused.
s = {3, 1}
print(s)
