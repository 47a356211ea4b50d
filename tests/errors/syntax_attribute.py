# error: 4:7: error: kilopy has no attribute 'real' of an int: only objects of the program's classes have attributes
# an attribute of an int is refused.
x = 5
print(x.real)
