# error: 3:5: error: set expected at most 1 argument, got 2
# set() takes one iterable at most, as in CPython.
s = set([1, 2], [3])
print(len(s))
