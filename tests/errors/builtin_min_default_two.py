# error: 3:17: error: Cannot specify a default for min() with multiple positional arguments
# min(a, b, default=d) is a TypeError in CPython.
print(min(1, 2, default=0))
