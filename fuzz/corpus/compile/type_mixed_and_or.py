# error: 4:12: error: 'or' would give a bool here or an int (column 7): kilopy needs one type
# 'or' mixing an int and a bool (CPython accepts this).
x = 0
print(x or True)
