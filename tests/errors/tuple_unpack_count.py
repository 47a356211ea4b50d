# error: 7:8: error: cannot unpack a tuple[int, int, int] into 2 names (kilopy unpacks only a function's returned tuple of that size)
# unpacking needs exactly as many names.
def f():
    return 1, 2, 3


a, b = f()
