# error: 4:14: error: max() would give a bool here or an int (column 11): kilopy needs one type
# max() of an int and a bool (CPython accepts this).
x = True
print(max(1, x))
