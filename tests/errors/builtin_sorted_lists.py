# error: 3:14: error: sorted() of a list of lists is not supported in kilopy: sort a list of ints
# sorted() of a list of lists.
print(sorted([[2], [1]]))
