# error: 4:9: error: comparing a tuple[int, ...] with a list[int] is not supported in kilopy (a tuple built by tuple() compares with a tuple of its element type)
# a tuple never equals a list in CPython: kilopy refuses the comparison.
t = tuple([1])
print(t == [1])
