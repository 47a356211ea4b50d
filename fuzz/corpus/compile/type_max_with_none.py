# error: 4:14: error: max() would give None here or an int (column 11): kilopy needs one type
# max() of an int and None.
x = None
print(max(1, x))
