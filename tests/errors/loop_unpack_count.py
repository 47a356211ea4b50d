# error: 4:5: error: ValueError: not enough values to unpack (expected 3, got 2)
# the target's length must be the tuple's: CPython's ValueError, at compile time.
xs = [1, 2]
for a, b, c in zip(xs, xs):
    print(a)
