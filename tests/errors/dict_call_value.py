# error: 3:5: error: dict expected at most 1 argument, got 2
# dict() of two iterables is CPython's TypeError.
d = dict([(1, 2)], [(3, 4)])
