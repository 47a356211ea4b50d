# error: 4:11: error: tuple() of a list[list[int]] is not supported in kilopy (a tuple built by tuple() holds ints, bools or strs): keep the list
# a tuple built by tuple() holds ints, bools or strs.
rows = [[1], [2]]
t = tuple(rows)
