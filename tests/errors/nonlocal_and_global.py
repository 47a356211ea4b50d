# error: 8:9: error: name 'x' is nonlocal and global
# a nested function declares one name global and nonlocal (CPython's SyntaxError).
def f():
    x = 1

    def g():
        global x
        nonlocal x
        x = 2
    g()
    return x


print(f())
