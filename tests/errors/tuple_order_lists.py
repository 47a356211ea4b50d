# error: 4:9: error: kilopy orders tuples of ints, bools, strs and such tuples (ints and bools, or strs, at each place on both sides), not a tuple[int, list[int]] and a tuple[int, list[int]]: compare their elements
# < on tuples holding lists: kilopy orders tuples of ints, bools and strs.
a = (1, [2])
print(a < (1, [3]))
