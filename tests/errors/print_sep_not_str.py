# error: 4:17: error: TypeError: sep must be None or a string, not int
# print's sep given as an int (CPython's TypeError; a str or None of any form is printed).
x = 1
print(x, x, sep=x)
