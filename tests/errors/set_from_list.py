# error: 3:5: error: set(xs) is not supported in kilopy: start from set() and add() each element
# set(iterable) is not supported yet.
s = set([1, 2])
print(len(s))
