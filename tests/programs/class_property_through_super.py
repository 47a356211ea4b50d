# A property read in a base class's method that a subclass runs through super().
class Shape:
    def __init__(self, w, h):
        self.w = w
        self.h = h

    @property
    def area(self):
        return self.w * self.h

    def describe(self):
        return f"{type(self).__name__} of area {self.area}"


class Square(Shape):
    def __init__(self, s):
        super().__init__(s, s)

    @property
    def area(self):
        return self.w * self.w + 0

    def describe(self):
        return "square: " + super().describe()


print(Shape(2, 3).describe())
print(Square(4).describe())
