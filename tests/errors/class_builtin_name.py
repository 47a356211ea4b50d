# error: 3:1: error: cannot redefine builtin 'range' in kilopy
# a class named like a builtin is refused, as a function of that name is.
class range:
    pass

print(1)
