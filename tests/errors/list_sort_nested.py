# error: 4:1: error: sorting a list of lists or tuples is not supported in kilopy (sort() sorts lists of ints or bools)
# sorting a list of lists.
m = [[2], [1]]
m.sort()
