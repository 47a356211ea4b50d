# error: 6:17: error: keyword argument repeated: b
# the same keyword argument twice (a SyntaxError in CPython).
def f(a, b=2):
    return a + b

print(f(1, b=3, b=4))
