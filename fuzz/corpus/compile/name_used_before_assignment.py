# error: 3:7: error: name 'x' is used before it is assigned
# a name read before its assignment.
print(x)
x = 1
