# @dataclass fields that are objects, lists and may be None; a class's own __repr__ kept; no fields.
from dataclasses import dataclass
from typing import List, Optional


@dataclass()
class Point:
    x: int
    y: int


@dataclass
class Segment:
    a: Point
    b: Point
    name: str = "seg"
    visible: bool = True

    def length2(self):
        dx = self.a.x - self.b.x
        dy = self.a.y - self.b.y
        return dx * dx + dy * dy


@dataclass
class Tagged:
    tag: str
    values: List[int]
    parent: Optional[Point] = None

    def __repr__(self):
        return "<" + self.tag + ">"


@dataclass
class Empty:
    pass


s = Segment(Point(0, 0), Point(3, 4))
print(s, s.length2())
t = Segment(Point(0, 0), Point(3, 4), "other", False)
print(t, s == t, s.a == t.a)
pts = [Point(1, 2), Point(3, 4)]
print(pts[1] == Point(3, 4), Point(5, 5) == pts[0])
tg = Tagged("x", [1, 2])
tg.values.append(3)
print(tg, tg.values, tg.parent)
tg.parent = Point(9, 9)
print(tg.parent)
print(Empty(), Empty() == Empty())
d = {"p": Point(1, 1)}
d["p"].x += 5
print(d)
print(f"{s.a!r} / {s.name}")
