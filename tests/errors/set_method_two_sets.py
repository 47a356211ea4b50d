# error: 4:5: error: set.union() takes one set in kilopy (CPython's takes any number of iterables): call it once per argument
# set.union() of two sets.
a = {1, 2}
b = a.union({3}, {4})
print(len(b))
