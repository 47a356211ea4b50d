# isinstance(x, (A, B)) is isinstance(x, A) or isinstance(x, B), for x a name or a field.
class Shape:
    def area(self):
        return 0
class Sq(Shape):
    def __init__(self, s):
        self.s = s
    def area(self):
        return self.s * self.s
class Rect(Shape):
    def __init__(self, w, h):
        self.w = w
        self.h = h
    def area(self):
        return self.w * self.h
class Dot(Shape):
    pass
shapes = [Sq(2), Rect(2, 3), Dot(), Sq(1)]
for sh in shapes:
    print(isinstance(sh, (Sq, Rect)), isinstance(sh, (Dot,)), sh.area())
n = sum(1 for sh in shapes if isinstance(sh, (Rect, Dot)))
print(n)
