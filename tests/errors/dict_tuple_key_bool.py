# error: 4:3: error: kilopy's tuple keys are tuples of ints, not a tuple[int, bool]: key the dict by ints
# a tuple key holding a bool (it would print as 1 in the dict's keys, CPython prints True).
d = {}
d[1, True] = 3
print(d)
