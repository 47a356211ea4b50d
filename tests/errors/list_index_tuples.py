# error: 4:7: error: index() of a list of tuples is not supported in kilopy (its ValueError would show the tuple): loop over it with enumerate() and compare with ==
# index() of a list of tuples: refused (its ValueError would show the tuple), with the loop to write.
ps = [(1, 2), (3, 4)]
print(ps.index((3, 4)))
