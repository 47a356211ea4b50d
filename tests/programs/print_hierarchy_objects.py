# Printing lists, tuples and dicts of objects of a class hierarchy: each object is shown by the
# __repr__ of its own class (inherited or overridden), as CPython's repr() of the container.
class Shape:
    def __init__(self, name):
        self.name = name

    def area(self):
        return 0

    def __repr__(self):
        return f"{type(self).__name__}({self.name}, area={self.area()})"


class Rect(Shape):
    def __init__(self, w, h):
        super().__init__("rect")
        self.w = w
        self.h = h

    def area(self):
        return self.w * self.h


class Square(Rect):
    def __init__(self, s):
        super().__init__(s, s)
        self.name = "square"

    def __repr__(self):
        return f"Square<{self.w}>"


class Circle(Shape):
    def __init__(self, r):
        super().__init__("circle")
        self.r = r

    def area(self):
        return 3 * self.r * self.r


shapes = [Rect(2, 3), Circle(1), Square(4), Shape("blob")]
print(shapes)
print(f"{shapes[1:]}", str((shapes[0], shapes[2])))
by_name = {s.name: s for s in shapes}
print(by_name)
shapes.sort(key=lambda s: s.area())
print(shapes, max(shapes, key=lambda s: s.area()))
