# error: 7:7: error: NameError: name 'Point' is not defined (read in is_point(), which line 7 calls): the class statement of Point (line 10) has not run yet here in CPython: move it above
# A function the module calls reads a class whose statement has not run yet (CPython: NameError).
def is_point(x):
    return isinstance(x, Point)


print(is_point(3))


class Point:
    pass
