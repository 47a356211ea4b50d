# error: 9:10: error: f(*t) spreads a tuple named by a variable in kilopy: assign it to a name first
# f(*g()): the spread tuple must be named by a variable.
def f(a, b):
    return a + b

def g():
    return (1, 2)

print(f(*g()))
