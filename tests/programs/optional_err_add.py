# An int or None used in arithmetic while it is None: CPython's TypeError, and except TypeError.
def lookup(d, k):
    if k in d:
        return d[k]
    return None


ages = {"ann": 31, "bob": 42}
a = lookup(ages, "ann")
print(a + 1)
try:
    z = lookup(ages, "cy")
    print(-z)
except TypeError:
    print("caught")
b = lookup(ages, "dan")
print("about to add")
print(b * 2)
print("unreachable")
