# error: 3:12: error: '%c' of a str is not supported in kilopy (only of an int): use '%s'
# '%c' of a one-character str: kilopy's '%c' is chr() of an int.
x = "%c" % "A"
print(x)
