# += of objects whose class defines __add__ (no __iadd__) on a field and on list elements: the
# target = target + value, as CPython runs it (a vector physics step).
class V:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __add__(self, o):
        return V(self.x + o.x, self.y + o.y)

    def __repr__(self):
        return f"V({self.x}, {self.y})"


class Ball:
    def __init__(self):
        self.pos = V(0, 0)
        self.vel = V(1, 2)

    def step(self):
        self.pos += self.vel


b = Ball()
b.step()
b.step()
path = [V(0, 0), V(1, 1)]
path[0] += V(3, 3)
i = 1
path[i] += b.pos
print(b.pos, path)
