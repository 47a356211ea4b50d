# error: 4:3: error: kilopy's tuple keys are tuples of ints and strs (strs in their first 7 places), not a tuple[int, bool]: key the dict by ints or strs
# a tuple key holding a bool (it would print as 1 in the dict's keys, CPython prints True).
d = {}
d[1, True] = 3
print(d)
