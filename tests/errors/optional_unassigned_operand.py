# error: 9:15: error: 'y' may be unassigned here, and kilopy would test 'x' (an int or None) for None before reading it, where CPython reads it first: assign it on every path before this line
# an int or None left of a name that may be unassigned (CPython raises UnboundLocalError before its TypeError).
def f(c):
    x = None
    if c:
        x = 1
    if c:
        y = 2
    print(x + y)


f(False)
