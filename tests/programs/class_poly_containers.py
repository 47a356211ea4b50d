# A list of subclass objects that objects of the base class join later, through another name,
# a parameter or a function's result: every name of the list sees objects of either class.
class Shape:
    def __init__(self, n):
        self.n = n

    def area(self):
        return 0


class Square(Shape):
    def area(self):
        return self.n * self.n


def add(xs, n):
    xs.append(Shape(n))


a = [Square(2)]
b = a
b.append(Shape(3))
for s in a:
    print(s.area(), s.n)
sq = [Square(3)]
add(sq, 1)


def get():
    return sq


get().append(Square(5))
print([s.area() for s in sq])
rows = [[Square(1)], [Square(2)]]
rows[0].append(Shape(0))
for r in rows:
    print(len(r), [s.area() for s in r])
