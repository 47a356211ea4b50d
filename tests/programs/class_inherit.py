# single inheritance: inherited and overridden methods, super().__init__ and super().m() with
# keyword arguments, inherited and overridden class constants, isinstance of a subclass.
class Shape:
    SIDES = 0
    UNIT = 1

    def __init__(self, name, scale=1):
        self.name = name
        self.scale = scale
        self.calls = 0

    def area(self):
        return 0

    def describe(self):
        self.calls += 1
        return self.area() * self.scale + self.SIDES

    def bump(self, by=1):
        self.scale += by
        return self.scale


class Square(Shape):
    SIDES = 4

    def __init__(self, side, scale=1):
        super().__init__(1, scale=scale)
        self.side = side

    def area(self):
        return self.side * self.side


class Cube(Square):
    def area(self):
        return 6 * super().area()

    def bump(self, by=2):
        return super().bump(by) * 10


class Plain(Shape):
    pass


s = Shape(7)
q = Square(3)
c = Cube(2, scale=3)
p = Plain(5, 2)
print(s.describe(), q.describe(), c.describe(), p.describe())
print(s.bump(), q.bump(by=5), c.bump(), c.bump(1), p.bump())
print(c.calls, c.side, c.scale, c.name, Cube.SIDES, Plain.SIDES, Cube.UNIT, c.UNIT)
print(isinstance(c, Shape), isinstance(c, Square), isinstance(c, Cube), isinstance(q, Cube), isinstance(s, Square))
cubes = [Cube(1), Cube(2)]
print(sum([x.describe() for x in cubes]))
