# error: 4:11: error: min() of a list[tuple[tuple[int, int], int]] is not supported in kilopy (it orders tuples of ints, bools and strs): give the key that orders them, min(pairs, key=lambda t: t[0])
# min() of a list of tuples that hold tuples (which < does not order in kilopy) is refused.
pairs = [((1, 2), 3), ((0, 5), 4)]
print(min(pairs))
