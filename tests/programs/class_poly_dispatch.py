# Objects of a class and its subclasses in one name, list, parameter, dict and result: each
# method call runs the method of the object's class, chosen at run time.
class Shape:
    def __init__(self, name):
        self.name = name

    def area(self):
        return 0

    def describe(self):
        return self.name + ":" + str(self.area())  # self.area() is the subclass's


class Square(Shape):
    def __init__(self, side):
        super().__init__("square")
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
shapes.append(Shape("dot"))
shapes.append(Square(3))
shapes.append(Cube(2))
for s in shapes:
    print(s.describe(), isinstance(s, Square), isinstance(s, Cube))
print(total(shapes), total([Cube(1), Square(1)]))
m = Square(5)
print(m.describe())
m = Cube(1)
print(m.describe(), biggest(m, Shape("x")).name, biggest(Square(1), m).name)
by_name = {"a": Square(2), "b": Shape("b")}
by_name["c"] = Cube(3)
for k in by_name:
    print(k, by_name[k].area())
print(shapes[1] is shapes[1], shapes[0] == shapes[2], shapes[2] in shapes)
