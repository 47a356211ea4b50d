# error: 4:12: error: list() of a tuple[int, bool] is not supported in kilopy (it takes tuples of ints only or of bools only): write the elements out, [t[0], t[1], ...]
# list() of a tuple whose elements differ in type would need a list of two types.
t = (1, True)
print(list(t))
