# error: 9:9: error: 'n' is a variable of f() that a nested function declares nonlocal, which kilopy keeps in a cell that only = and augmented assignments store into: bind another name here and assign it to n
# A variable kept in a nonlocal cell may not be a for loop's target.
def f():
    n = 0
    def g():
        nonlocal n
        n += 1
    g()
    for n in range(3):
        g()
    return n


print(f())
