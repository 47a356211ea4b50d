# error: 13:12: error: reading sides through a Shape object (or a subclass's) is not supported in kilopy: it is the class constant Shape.sides, but an object of its subclass 'Polygon' has a field sides of its own: read it through a Polygon, or give Shape the field too
# A class constant read through a base class whose subclass's objects have a field of that name is refused.
class Shape:
    sides = 0


class Polygon(Shape):
    def add_side(self):
        self.sides += 1


def count(s: Shape):
    return s.sides


p = Polygon()
p.add_side()
print(count(p))
