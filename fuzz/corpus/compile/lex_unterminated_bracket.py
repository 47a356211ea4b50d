# error: 3:5: error: '(' was never closed
# a '(' never closed.
x = (1 + 2
print(x)
