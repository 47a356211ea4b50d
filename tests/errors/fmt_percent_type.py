# error: 4:7: error: TypeError: %d format: a real number is required, not NoneType
# '%d' of None: CPython's TypeError, at compile time.
x = None
print("%d items" % x)
