# error: 4:9: error: this would store an int in a list[None] (kilopy lists hold one type): a list element cannot be an int or None in kilopy (a name, field, parameter or result can); store a value the list never holds otherwise (-1)
# a list element that would be an int or None.
xs = [None] * 3
xs[0] = 5
print(xs)
