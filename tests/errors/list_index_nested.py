# error: 4:7: error: index() of a list of lists is not supported in kilopy: loop over it and compare with ==
# index() of a list of lists (its ValueError would print the list).
m = [[2], [1]]
print(m.index([1]))
