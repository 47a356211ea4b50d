# error: 3:7: error: abs() takes exactly 1 argument (2 given)
# abs() with two arguments.
print(abs(1, 2))
