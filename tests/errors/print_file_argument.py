# error: 4:10: error: print's 'file' argument is not supported in kilopy (only sep, end, and flush as True or False)
# print's file= argument.
x = 1
print(x, file=None)
