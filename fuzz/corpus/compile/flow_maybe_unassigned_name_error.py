# a name assigned only under an if without else: NameError at run time, as in CPython.
n = 3
if n > 5:
    y = 1
print(y)
