# error: 4:14: error: TypeError: end must be None or a string, not int
# print's end given as an int (CPython's TypeError; a str or None of any form is printed).
x = 1
print(x, end=x)
