# error: 6:7: error: f() missing 1 required positional argument: 'b'
# too few arguments.
def f(a, b):
    return a + b

print(f(1))
