# error: 7:1: error: a tuple can only be unpacked (x, y = f()) in kilopy, not kept in a variable
# a returned tuple can only be unpacked.
def f():
    return 1, 2


t = f()
