# error: 3:26: error: key= takes a lambda (key=lambda p: p[1]) or the name of a function in kilopy
# key= with an expression that is neither a lambda nor a function name is refused.
print(sorted([3, 1], key=[abs][0]))
