# error: 4:14: error: sorting a list of tuples is not supported in kilopy yet
# sorted() of a list of tuples is not supported yet.
pts = [(2, 1), (1, 2)]
print(sorted(pts))
