# error: 4:14: error: kilopy sorts ints, bools, strs, lists of them and tuples of them (strs in their first 6 places only), not a list[tuple[int, None]]
# sorted() of a list of tuples holding None: kilopy orders tuples of ints, bools and strs.
pts = [(2, None), (1, None)]
print(sorted(pts))
