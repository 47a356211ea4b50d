# Class constants (ints, bools and strs) that subclasses override, read through a value that may
# hold a subclass's objects: each object reads its own class's constant, as CPython's lookup does.
class Shape:
    SIDES = 0
    NAME = "shape"
    SOLID = False

    def __init__(self, size):
        self.size = size

    def label(self):
        return f"{self.NAME}/{self.SIDES}"


class Triangle(Shape):
    SIDES = 3
    NAME = "triangle"


class Square(Shape):
    SIDES = -4


class Cube(Square):
    NAME = "cube"
    SOLID = True


def describe(s: Shape):
    return s.NAME + " with " + str(s.SIDES) + " sides"


shapes = [Shape(1), Triangle(2), Square(3), Cube(4)]
for s in shapes:
    print(describe(s), s.label(), s.SIDES * s.size, s.NAME == "cube", s.SOLID)
best = shapes[0]
for s in shapes:
    if s.SIDES > best.SIDES:
        best = s
print(best.NAME, Cube.NAME, Cube.SIDES, Square.NAME, Shape.SOLID)
t = Triangle(5)
print(t.NAME, t.SIDES, type(t).__name__)
pick = Shape(0)
for s in shapes:
    if s.SOLID:
        pick = s
print(pick.NAME, pick.size, [x.NAME for x in shapes])
