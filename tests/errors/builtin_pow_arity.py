# error: 3:7: error: pow() takes 2 or 3 arguments (1 given)
# pow() with one argument.
print(pow(2))
