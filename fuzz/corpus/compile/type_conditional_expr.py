# error: 4:21: error: a conditional expression would give an int or a bool: kilopy needs one type
# a conditional expression giving an int or a bool (CPython accepts this).
x = 1
y = 2 if x > 0 else False
print(y)
