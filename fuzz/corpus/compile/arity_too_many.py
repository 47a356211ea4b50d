# error: 6:7: error: f() takes 1 positional argument but 2 were given
# too many arguments.
def f(a):
    return a

print(f(1, 2))
