# error: 9:5: error: NameError: name 'Point' is not defined (read in make_point(), which line 9 may call): the class statement of Point (line 13) has not run yet here in CPython: move it above
# A function kept in a list constructs a class whose statement has not run yet; the module
# calls it through the list (CPython: NameError).
def make_point():
    return Point(1, 2)


makers = [make_point]
p = makers[0]()
print("made")


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y
