# error: 3:10: error: named arguments must follow bare *
# a bare * with no parameter after it.
def f(a, *):
    return a

print(f(1))
