# error: 4:9: error: list indices must be integers, not NoneType
# indices must be ints.
a = [1]
print(a[None])
