# error: 4:1: error: 'x' would hold a bool here, but holds an int at line 3 (kilopy gives each name one type)
# a name holding an int and then a bool (CPython accepts this).
x = 1
x = True
print(x)
