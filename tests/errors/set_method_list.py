# error: 4:13: error: set.union() of a list[int] is not supported in kilopy (only of a set): write set(xs)
# set.union() of a list (kilopy's set methods take a set; update also a list).
a = {1, 2}
b = a.union([3])
print(len(b))
