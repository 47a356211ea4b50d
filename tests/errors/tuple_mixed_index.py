# error: 5:9: error: indexing a tuple[int, bool] needs a constant index in kilopy (its elements differ in type): write t[0], t[1], ...
# a tuple whose elements differ in type, indexed by a variable: the element's type is not static.
t = (1, True)
i = 0
print(t[i])
