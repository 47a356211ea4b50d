# error: 3:11: error: 'in' would look for a string in a tuple[str, int]: kilopy looks for ints and bools in tuples of ints and bools, and strs in tuples of strs
# 'in' a tuple of a str and an int: a str is compared by its value as an int, which an int could equal
print("a" in ("a", 1))
