# error: 4:1: error: kilopy sorts ints, bools, strs, lists of them and tuples of them (strs in their first 6 places only), not a list[list[tuple[int, int]]]
# sort() of a list of lists of tuples (the VM compares the tuples inside lists as it does lists).
m = [[(2, 1)], [(1, 5)]]
m.sort()
print(m)
