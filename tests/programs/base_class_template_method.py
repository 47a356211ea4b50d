# The template-method pattern: a base class the program never builds calls, through self,
# methods (and reads fields) that only its subclasses define. CPython never runs the base's own
# copy, so kilopy does not check it; a call through a value holding subclass objects runs each
# subclass's method, though the base lacks it.
class Shape:
    def area(self):
        raise NotImplementedError("subclass must implement")

    def describe(self):
        return self.kind() + " " + str(self.area()) + " " + str(self.perimeter())


class Polygon(Shape):
    def perimeter(self):
        return sum(self.sides())


class Square(Polygon):
    def __init__(self, s):
        self.s = s

    def kind(self):
        return "square"

    def area(self):
        return self.s ** 2

    def sides(self):
        return [self.s] * 4


class Tri(Polygon):
    def __init__(self, a, b, c):
        self.a, self.b, self.c = a, b, c

    def kind(self):
        return "tri"

    def area(self):
        return self.a * self.b // 2

    def sides(self):
        return [self.a, self.b, self.c]

    def describe(self):
        return "<" + super().describe() + ">"


class Counter:
    def run(self):
        total = 0
        for i in range(3):
            total += self.step(i)
        return total + self.bonus


class Doubler(Counter):
    def __init__(self):
        self.bonus = 1

    def step(self, i):
        return i * 2


class Shifter(Counter):
    def __init__(self):
        self.bonus = 10

    def step(self, i):
        return i + 100


shapes = [Square(2), Tri(3, 4, 5), Square(5)]
for sh in shapes:
    print(sh.describe())
print(sum(sh.area() for sh in shapes), [sh.kind() for sh in shapes])
counters = [Doubler(), Shifter()]
print([c.run() for c in counters], counters[1].step(7))
