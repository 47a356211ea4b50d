# error: 3:10: error: kilopy lists hold ints, bools or lists (at most 8 deep), not None
# list[None]: kilopy lists hold ints, bools or lists.
xs: list[None] = []
print(xs)
