# error: 8:1: error: kilopy unpacks a returned tuple into names, not into elements: unpack into names first
# unpacking a call's tuple into elements.
def f():
    return 1, 2


a = [0, 0]
a[0], a[1] = f()
