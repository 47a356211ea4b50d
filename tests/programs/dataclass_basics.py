# @dataclass: fields from the class body's annotations, __init__ (defaults, __post_init__), __repr__ and
# __eq__ written as CPython's dataclasses writes them.
from dataclasses import dataclass


@dataclass
class Point:
    x: int
    y: int = 0


@dataclass
class Sample:
    label: str
    features: list
    weight: int = 1

    def score(self, w):
        return sum(a * b for a, b in zip(self.features, w)) * self.weight


@dataclass
class Stats:
    count: int = 0
    total: int = 0

    def __post_init__(self):
        print("made", self.count)

    def add(self, v):
        self.count += 1
        self.total += v


p = Point(1, 2)
q = Point(1)
print(p, q, p == q, p == Point(1, 2), p != q)
s = Sample("cat", [1, 2, 3])
print(s, s.score([2, 0, 1]))
st = Stats()
st.add(5)
st.add(7)
print(st, st.total // st.count)
points = [Point(3, 1), Point(1, 5), Point(2, 2)]
print(sorted(points, key=lambda p: p.x))
print(max(points, key=lambda p: p.y))
print(Point(y=4, x=2))
print([Point(i, i * i) for i in range(3)])
