# error: 13:20: error: this list would hold a Square object here and a Shape object before it: kilopy resolves methods at compile time, so a name, field, parameter or list holds objects of one class, even of one hierarchy: keep the Square and Shape objects apart (a name or a list for each class)
# a list of a base and a subclass object would need dynamic dispatch: refused.
class Shape:
    def area(self):
        return 0


class Square(Shape):
    def area(self):
        return 4


shapes = [Shape(), Square()]
print(sum([s.area() for s in shapes]))
