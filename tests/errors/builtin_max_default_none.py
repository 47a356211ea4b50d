# error: 4:23: error: max() would give None here or an int (column 11): kilopy needs one type
# max(xs, default=None): the default and the elements must have one type.
xs = [1, 2]
print(max(xs, default=None))
