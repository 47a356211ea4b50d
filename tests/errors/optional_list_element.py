# error: 4:9: error: lists hold ints, bools, strs, lists, arrays, tuples, dicts or objects in kilopy, not None
# None stored in a list that started as one of ints.
xs = [0] * 3
xs[0] = None
print(xs)
