# error: 15:30: error: parameter 's' of total() would hold a Square object here, but holds a Shape object at line 15: kilopy resolves methods at compile time, so a name, field, parameter or list holds objects of one class, even of one hierarchy: keep the Square and Shape objects apart (a name or a list for each class)
# a parameter receiving a base and a subclass object would need dynamic dispatch: refused.
class Shape:
    def area(self):
        return 0


class Square(Shape):
    def area(self):
        return 4


def total(s):
    return s.area()
print(total(Shape()) + total(Square()))
