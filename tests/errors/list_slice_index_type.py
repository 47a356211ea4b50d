# error: 5:9: error: slice indices must be integers or None or have an __index__ method
# a slice bound that is not an int.
a = [2, 1]
b = [0]
print(a[b:])
