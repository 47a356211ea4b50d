# error: 4:7: error: tuple.count() of a tuple[int, bool] is not supported in kilopy (it takes tuples of ints only or of bools only): compare the elements one by one
# count() of a tuple whose elements differ in type is refused.
t = (1, True)
print(t.count(1))
