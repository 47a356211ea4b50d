# error: 3:11: error: object of type 'int' has no len()
# len of an int.
print(len(5))
