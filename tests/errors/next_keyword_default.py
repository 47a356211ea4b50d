# error: 4:29: error: next() takes no keyword arguments
# next(gen, default=...) is CPython's TypeError (its default is positional only).
xs=[1]
print(next((x for x in xs), default=3))
