# error: 4:14: error: print's end must be a string literal in kilopy
# print's end given as a non-literal.
x = 1
print(x, end=x)
