# error: 3:21: error: TypeError: The fill character must be exactly one character long
# a fill of two characters: CPython's TypeError, at compile time.
print("ab".ljust(6, "=-"))
