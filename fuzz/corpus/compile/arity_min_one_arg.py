# error: 4:7: error: min() of a single argument needs a list, and kilopy has none yet: give 2 or more ints
# min() with one int argument.
x = 3
print(min(x))
