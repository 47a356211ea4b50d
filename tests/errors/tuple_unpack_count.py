# error: 7:8: error: cannot unpack a tuple[int, int, int] into 2 names (kilopy unpacks a tuple into exactly as many names)
# unpacking needs exactly as many names.
def f():
    return 1, 2, 3


a, b = f()
