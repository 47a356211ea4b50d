# error: 7:17: error: a conditional expression would give a list[int] or a list[int | None]: kilopy needs one type
# A conditional expression choosing between a list of ints and a list of ints and None (one holds
# the ints, the other Boxes) is refused.
a = [1, 2]
b = [None, 4]
c = len(a) > 5
x = a if c else b
print(x)
