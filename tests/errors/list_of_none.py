# error: 4:9: error: lists hold ints, bools, strs, lists, arrays, tuples, dicts or objects in kilopy, not None
# lists do not hold None.
a = [0]
b = [a, None]
