# comparisons through __eq__/__lt__/__gt__ with objects, ints and None (is None stays identity), the reflected method when the left has none, != as not __eq__; v += w and v *= k through __add__ and __mul__
class Pt:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __eq__(self, other):
        return self.x == other.x and self.y == other.y

    def __lt__(self, other):
        return (self.x, self.y) < (other.x, other.y)

    def __repr__(self):
        return f"Pt({self.x}, {self.y})"


class Level:
    def __init__(self, v):
        self.v = v

    def __gt__(self, n):
        return self.v > n

    def __lt__(self, n):
        return self.v < n

    def __eq__(self, n):
        return self.v == n


a = Pt(1, 2)
b = Pt(1, 3)
c = Pt(1, 2)
found = None
for p in [b, c]:
    if p == a:
        found = p
print(found is None, found is not None, found is c)
print(a > b, b > a, a != c, a != b)
lv = Level(5)
print(lv > 3, lv < 3, 3 < lv, 7 > lv, lv == 5, 5 == lv, 4 != lv)


class Acc:
    def __init__(self, n):
        self.n = n

    def __add__(self, other):
        return Acc(self.n + other.n)

    def __mul__(self, k):
        return Acc(self.n * k)


s = Acc(1)
for i in range(4):
    s += Acc(i)
s *= 3
print(s.n)
