# Objects of a class and its subclasses in one name, list, parameter, dict and result: each
# method call runs the method of the object's class, chosen at run time.
class Shape:
    def __init__(self, kind):
        self.kind = kind

    def area(self):
        return 0

    def describe(self):
        return self.kind * 100 + self.area()  # self.area() is the subclass's


class Square(Shape):
    def __init__(self, side):
        super().__init__(2)
        self.side = side

    def area(self):
        return self.side * self.side


class Cube(Square):
    def area(self):
        return 6 * super().area()


def total(shapes):
    return sum([s.area() for s in shapes])


def biggest(a, b):
    return a if a.area() >= b.area() else b


shapes = []
shapes.append(Shape(1))
shapes.append(Square(3))
shapes.append(Cube(2))
for s in shapes:
    print(s.describe(), isinstance(s, Square), isinstance(s, Cube))
print(total(shapes), total([Cube(1), Square(1)]))
m = Square(5)
print(m.describe())
m = Cube(1)
print(m.describe(), biggest(m, Shape(3)).kind, biggest(Square(1), m).kind)
print(shapes[1] is shapes[1], shapes[0] == shapes[2], shapes[2] in shapes)
