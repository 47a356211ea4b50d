# error: 4:7: error: min() of a single argument needs a list or an array (or give 2 or more ints)
# min() with one int argument.
x = 3
print(min(x))
