# error: 3:7: error: IndexError: Replacement index 1 out of range for positional args tuple
# str.format with too few arguments: CPython's IndexError, at compile time.
print("{} and {}".format(1))
