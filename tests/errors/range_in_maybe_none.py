# error: 10:7: error: `in range(...)` of an int or None is not supported in kilopy (CPython's is False for None): test `x is not None and x in range(...)`
# `x in range(...)` where x may be None (kilopy compares a <= x < b)
def find(xs, v):
    for i, x in enumerate(xs):
        if x == v:
            return i
    return None

k = find([1, 2], 5)
print(k in range(3))
