# error: 4:9: error: argument of type 'int' is not iterable (kilopy's 'in' needs a list or an array)
# 'in' is refused.
x = 3
print(x in 5)
