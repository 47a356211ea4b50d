# error: 4:6: error: lists hold ints, bools, strs, lists, arrays, tuples, dicts or objects in kilopy, not None
# An empty list that only append(None) types (the compiler crashed here: a comprehension of a
# function returning None is such a list; found by fuzz/compile).
xs = []
xs.append(None)
print(xs)
