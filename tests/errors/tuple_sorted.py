# error: 4:14: error: kilopy sorts tuples of ints and bools only, not a list[tuple[int, None]]
# sorted() of a list of tuples holding None: kilopy orders tuples of ints and bools only.
pts = [(2, None), (1, None)]
print(sorted(pts))
