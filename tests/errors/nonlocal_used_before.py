# error: 8:9: error: name 'n' is used prior to nonlocal declaration
# a nested function reads a name before declaring it nonlocal (CPython's SyntaxError).
def counter():
    n = 0

    def bump():
        print(n)
        nonlocal n
        n += 1
    bump()
    return n


print(counter())
