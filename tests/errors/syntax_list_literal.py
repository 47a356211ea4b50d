# error: 3:7: error: lists hold ints, bools, strs, lists, arrays, tuples, dicts or objects in kilopy, not None
# a list of None is refused (lists hold ints, bools, lists or arrays).
xs = [None, None]
print(1)
