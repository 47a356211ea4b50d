# error: 4:7: error: unsupported operand type(s) for |: 'set' and 'list' (kilopy's set operators take two sets: write set(xs))
# a set operator with a list (CPython's TypeError).
a = {1, 2}
b = a | [2]
print(len(b))
