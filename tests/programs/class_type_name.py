# type(x).__name__ and x.__class__.__name__: a str known at compile time in a method (self is one class) and for one class, read from the object's class through a list of a class and its subclasses (subclasses of subclasses too); of an int, a str, a bool
class Shape:
    def __init__(self, w):
        self.w = w

    def __repr__(self):
        return f"{type(self).__name__}({self.w})"

    def kind(self):
        return self.__class__.__name__


class Square(Shape):
    def area(self):
        return self.w * self.w


class Cube(Square):
    pass


class Circle(Shape):
    pass


shapes = [Shape(1), Square(2), Cube(3), Circle(4)]
for s in shapes:
    print(s, s.kind(), type(s).__name__, s.__class__.__name__)
print(repr(shapes[1]))
one = Square(5)
print(type(one).__name__, type(3).__name__, type("x").__name__, type(True).__name__)
