# error: 4:7: error: 'x' is a variable, not a function
# calling an int variable.
x = 1
print(x(2))
