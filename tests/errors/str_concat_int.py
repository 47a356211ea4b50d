# error: 4:10: error: can only concatenate str (not "int") to str
# a str and an int: CPython's TypeError, at compile time.
n = 3
s = "n=" + n
