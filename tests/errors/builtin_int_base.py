# error: 4:11: error: TypeError: int() can't convert non-string with explicit base (kilopy's int(x, base) takes a str; write int(x) for an int)
# int(x, base) of an int: CPython's TypeError.
x = 5
print(int(x, 2))
