# error: 3:11: error: 'int' object is not iterable (kilopy's any() takes a list or an array)
# any() of an int.
print(any(3))
