# error: 6:12: error: f() got multiple values for argument 'a'
# a keyword argument for a parameter already given by position.
def f(a, b=2):
    return a + b

print(f(1, a=3))
