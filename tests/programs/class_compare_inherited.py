# comparison methods inherited from a base, overridden in a subclass, and the subclass's
# reflected method that CPython tries first (a base object on the left, a subclass's on the right).
class Score:
    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        print("  Score.__lt__", self.v, other.v)
        return self.v < other.v

    def __le__(self, other):
        return self.v <= other.v


class Bonus(Score):
    def __lt__(self, other):
        print("  Bonus.__lt__", self.v, other.v)
        return self.v + 10 < other.v


class Tagged(Score):
    pass


a = Score(5)
b = Bonus(7)
t = Tagged(3)
print(a < t, t < a, b < a, a <= b)
print(t > a, a > t)
xs = [Score(1), Bonus(2), Tagged(3)]
for i in range(3):
    for j in range(3):
        print(i, j, xs[i] < xs[j], xs[i] <= xs[j])
best = xs[0]
for x in xs:
    if best < x:
        best = x
print("best", best.v)


class Pt:
    def __init__(self, x):
        self.x = x

    def __eq__(self, other):
        print("  eq on", self.x, "with", other.x)
        return self.x == other.x

    def __gt__(self, other):
        print("  gt on", self.x, "with", other.x)
        return self.x > other.x


class Pt3(Pt):
    pass


p = Pt(1)
q = Pt3(1)
r = Pt3(2)
print(p == q, q == p, p != r, q != r, r == r)
print(p < r, r < p, q < r)
print(5 if p == q else 6)
