# error: 4:10: error: print's 'file' argument is not supported in kilopy (only sep and end)
# print's file= argument.
x = 1
print(x, file=None)
