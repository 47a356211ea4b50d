# @property (read as a field, overridden in a subclass, through super()) and @staticmethod (called through the class, an object and self, with defaults and keywords)
class Vec:
    DIM = 2

    def __init__(self, x, y):
        self.x = x
        self.y = y

    @staticmethod
    def dot(a, b):
        return a.x * b.x + a.y * b.y

    @staticmethod
    def clamp(v, lo=-10, hi=10):
        return max(lo, min(hi, v))

    @property
    def norm2(self):
        return Vec.dot(self, self)

    @property
    def label(self):
        return f"({self.x}, {self.y})"

    def scaled(self, k):
        return Vec(self.clamp(self.x * k), Vec.clamp(self.y * k, hi=50))


class Vec3(Vec):
    @property
    def label(self):
        return "3d" + super().label


a = Vec(1, 2)
b = Vec(3, -4)
print(Vec.dot(a, b), a.norm2, b.norm2, a.label, b.scaled(5).label)
vs = [a, b, Vec3(2, 2)]
print([v.label for v in vs], sum(v.norm2 for v in vs))
print(max(vs, key=lambda v: v.norm2).label)
total = 0
for v in vs:
    if v.norm2 > 5:
        total += v.norm2
print(total, Vec.clamp(99), a.clamp(-99, lo=-3))
