# error: 10:7: error: range() with an int or None is not supported in kilopy (CPython's `None in range(...)` is False, and a None bound a TypeError): test `is not None` first
# `x in range(...)` where x may be None (kilopy compares a <= x < b)
def find(xs, v):
    for i, x in enumerate(xs):
        if x == v:
            return i
    return None

k = find([1, 2], 5)
print(k in range(3))
