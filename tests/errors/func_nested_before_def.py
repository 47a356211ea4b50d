# error: 4:12: error: 'helper' is called before its def in f(): define a nested function before the code that calls it
# a nested function called before its def (CPython: UnboundLocalError at run time).
def f(x):
    return helper(x)

    def helper(v):
        return v + 1


print(f(1))
