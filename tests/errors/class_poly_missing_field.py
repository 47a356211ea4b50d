# error: 14:11: error: 'Point' object has no attribute 'size' assigned by its __init__, and this value may be a Point object: call super().__init__(...) at the start of Point.__init__, or keep the Point objects in a name or a list of their own
# a subclass whose __init__ does not let the base assign a field read through a name holding both.
class Shape:
    def __init__(self):
        self.size = 1


class Point(Shape):
    def __init__(self):
        self.x = 0


for s in [Shape(), Point()]:
    print(s.size)
