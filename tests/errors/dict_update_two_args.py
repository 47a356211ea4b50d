# error: 4:1: error: update expected at most 1 argument, got 2
# CPython's TypeError: update expected at most 1 argument.
d = {1: 2}
d.update({3: 4}, {5: 6})
