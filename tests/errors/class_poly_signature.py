# error: 14:11: error: Shape.scale() and Square.scale() take different parameters: this call runs the scale of the object's class, and kilopy passes the arguments one way to all of them: give the overrides the same parameters and defaults
# an override taking other parameters than the method it overrides, called at run time on either.
class Shape:
    def scale(self, k):
        return k


class Square(Shape):
    def scale(self, k, twice=False):
        return 2 * k if twice else k


for s in [Shape(), Square()]:
    print(s.scale(3))
