# error: 4:7: error: an operator on a set[int] and a set[str] is not supported in kilopy (a set holds one type)
# a set operator on sets of two element types.
a = {1, 2}
b = a | {"x"}
print(len(b))
