# error: 3:10: error: kilopy lists hold ints, bools, strs or lists (at most 8 deep), not None
# list[None]: kilopy lists hold ints, bools, strs or lists.
xs: list[None] = []
print(xs)
