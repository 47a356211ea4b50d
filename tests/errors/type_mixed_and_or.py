# error: 5:10: error: 'or' would give a bool here or an int (column 5): kilopy needs one type
# 'or' mixing an int and a bool as a value (CPython accepts this; print(x or True) is taken:
# only its text is used there).
x = 0
y = x or True
print(y)
