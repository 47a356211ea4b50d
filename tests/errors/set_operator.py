# error: 4:7: error: the '&' operator on sets is not supported in kilopy: add the elements in a loop
# set operators are not supported.
a = {1, 2}
b = a & {2}
print(len(b))
