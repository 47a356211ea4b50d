# error: 4:22: error: 'zip' object is not reversible
# reversed() of a zip: CPython's TypeError, at compile time.
xs = [1, 2]
for a, b in reversed(zip(xs, xs)):
    print(a)
