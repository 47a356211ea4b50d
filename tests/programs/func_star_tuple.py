# f(*t): a tuple of known length spread into a user function's or method's parameters.
def area(w, h):
    return w * h


def describe(name, w, h, filled=False):
    return f"{name}: {w}x{h} filled={filled}"


size = (3, 4)
print(area(*size))
print(describe("box", *size))
print(describe(*("a", 1, 2)))
print(describe("b", *size, True))
box = ("c", 5, 6)
print(describe(*box))
boxes = [(1, 2), (3, 4)]
for b in boxes:
    print(area(*b))
T = (1, 2)
print(area(*T))


class Grid:
    def __init__(self, w, h):
        self.w = w
        self.h = h

    def cell(self, x, y):
        return y * self.w + x


g = Grid(*size)
pt = (2, 1)
print(g.cell(*pt), g.w, g.h)


def first_or_none(a, b):
    if a is None:
        return b
    return a


def find(xs, v):
    for x in xs:
        if x == v:
            return x
    return None


pair = (find([1, 2], 5), 7)
print(first_or_none(*pair))
