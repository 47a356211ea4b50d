# error: 6:12: error: f() got an unexpected keyword argument 'c'
# a keyword argument that names no parameter.
def f(a, b=2):
    return a + b

print(f(1, c=3))
