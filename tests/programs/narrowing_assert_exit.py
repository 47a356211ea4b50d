# assert x is not None, and an if whose body ends in exit(), narrow x below.
import sys


def find(xs, v):
    for i, x in enumerate(xs):
        if x == v:
            return (i, x)
    return None


def first_even(xs):
    for x in xs:
        if x % 2 == 0:
            return x
    return None


t = find([4, 5], 5)
assert t is not None
print({t: 2})
e = first_even([3, 8])
if e is None:
    print("no even number")
    sys.exit(1)
print(e * 2)
m = first_even([1, 3])
if m is None:
    print("none here")
    exit(3)
print(m + 1)
