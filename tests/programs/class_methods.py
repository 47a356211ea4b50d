# @classmethod: cls is the class the method runs for (a subclass's own when called through it or
# on its object), so cls(...) makes one, cls.NAME reads its constant and cls.m() calls its
# method; a class no other derives from assigns its attribute through cls.
from dataclasses import dataclass


class Temp:
    SCALE = 10

    def __init__(self, deg):
        self.deg = deg

    @classmethod
    def from_text(cls, text):
        return cls(int(text.strip()) * cls.SCALE)

    @classmethod
    def zero(cls):
        return cls.from_text("0")

    def __repr__(self):
        return f"{type(self).__name__}({self.deg})"


class Hot(Temp):
    SCALE = 100


print(Temp.from_text(" 3 "), Hot.from_text("2"), Hot.zero())
t = Temp(5)
print(t.from_text("1"), Hot(1).zero())
temps = [Temp(1), Hot(2)]
print([x.zero() for x in temps])


class Account:
    opened = 0

    def __init__(self, owner):
        self.owner = owner

    @classmethod
    def open(cls, owner):
        cls.opened += 1
        return cls(owner)

    @classmethod
    def total(cls):
        return cls.opened


a = Account.open("ann")
b = Account.open("bob")
print(Account.total(), Account.opened, a.owner, b.owner)


@dataclass
class Point:
    x: int
    y: int

    @classmethod
    def origin(cls) -> "Point":
        return cls(0, 0)

    @classmethod
    def parse(cls, text: str):
        a, b = text.split(",")
        return cls(int(a), int(b))


print(Point.origin(), Point.parse("3,4"), [Point.parse(s) for s in ["1,2", "5,6"]])
