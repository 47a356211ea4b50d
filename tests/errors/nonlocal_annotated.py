# error: 8:9: error: annotated name 'x' can't be nonlocal
# an annotated assignment of a name declared nonlocal (CPython's SyntaxError).
def f():
    x = 1

    def g():
        nonlocal x
        x: int = 2
    g()
    return x


print(f())
