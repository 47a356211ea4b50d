# error: 6:5: error: 'x' would hold a bool here, but holds an int at line 3 (kilopy gives each name one type)
# a name holding an int and then a bool, both read in the loop (CPython accepts this).
x = 1
for c in "ab":
    print(x)
    x = True
