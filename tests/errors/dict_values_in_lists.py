# error: 4:14: error: 'in' of a dict's values() of a list[int] is not supported in kilopy (only of ints, bools or strs): loop over d.values() and compare
# 'in' of the values of a dict of lists.
d = {1: [2]}
print([2] in d.values())
