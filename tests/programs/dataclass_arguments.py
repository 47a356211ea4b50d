# @dataclass with arguments: order=True (sorted, min, max and the four comparisons by the fields' tuple),
# frozen=True (new objects instead of stores; __post_init__ may check), eq=False (== is identity), repr=False.
from dataclasses import dataclass, field


@dataclass(order=True)
class Version:
    major: int
    minor: int = 0
    patch: int = 0

    def bump(self) -> "Version":
        return Version(self.major, self.minor, self.patch + 1)


@dataclass(frozen=True)
class Point:
    x: int
    y: int

    def moved(self, dx: int, dy: int) -> "Point":
        return Point(self.x + dx, self.y + dy)

    def __post_init__(self):
        if self.x < -100:
            raise ValueError("x too small")


@dataclass(order=True, frozen=True)
class Card:
    rank: int
    suit: str


@dataclass(eq=False, repr=False)
class Node:
    name: str
    kids: list = field(default_factory=list)


vs = [Version(1, 2, 3), Version(1, 0), Version(0, 9, 9), Version(1, 2), Version(1, 2, 3)]
print(sorted(vs))
print(min(vs), max(vs))
print(Version(1, 2) < Version(1, 2, 1), Version(1, 2) <= Version(1, 2), Version(2) > Version(1, 9), Version(1) >= Version(1, 0, 1))
print(Version(1, 2, 3) == Version(1, 2, 3), vs[0] == vs[4], vs[0] is vs[4])
v = Version(3)
w = v.bump().bump()
print(v, w, v < w)
vs.sort(reverse=True)
print(vs)
p = Point(1, 2)
q = p.moved(3, -4)
print(p, q, p == Point(1, 2))
try:
    Point(-200, 0)
except ValueError as e:
    print("bad:", e)
hand = [Card(10, "h"), Card(2, "s"), Card(10, "c"), Card(14, "d")]
hand.sort()
print(hand)
print(max(hand).suit, sorted(hand, reverse=True)[1])
print(sorted(hand, key=lambda c: c.suit))
a = Node("a")
b = Node("a")
print(a == b, a == a)
a.kids.append(b)
print(len(a.kids), a.kids[0].name)
same = [Version(2, 0), Version(1), Version(2, 0)]
ordered = sorted(same, reverse=True)
print(ordered[0] is same[0], ordered[1] is same[2], min(same) is same[1], max(same) is same[0])
print(Card(3, "a") < Card(3, "b"), Card(3, "b") <= Card(3, "b"), Card(4, "a") > Card(3, "z"))
