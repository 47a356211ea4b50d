# error: 3:7: error: name 'y' is not defined
# an undefined name.
print(y)
