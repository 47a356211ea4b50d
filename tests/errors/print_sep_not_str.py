# error: 4:17: error: print's sep must be a string literal in kilopy
# print's sep given as a non-literal.
x = 1
print(x, x, sep=x)
