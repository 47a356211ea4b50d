# error: 4:1: error: sorting a list of lists or of tuples holding more than ints and bools is not supported in kilopy (sort() sorts lists of ints, bools, or tuples of them)
# sorting a list of lists.
m = [[2], [1]]
m.sort()
