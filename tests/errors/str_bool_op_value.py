# error: 3:12: error: 'or' would give an int here or a string (column 5): kilopy needs one type
# `"a" or 1` is "a" in Python: a str or an int, and kilopy gives each value one type.
x = "a" or 1
print(x)
