# error: 3:11: error: pow() of a list[int] is not supported in kilopy (only of an int or a bool)
# pow() of a list.
print(pow([2], 2))
