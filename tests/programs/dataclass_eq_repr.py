# A dataclass's __eq__ is True only for objects of one class (another dataclass with the same
# fields, or a subclass's object, compares False), each field the same object or ==; its
# __repr__ names the object's own class.
from dataclasses import dataclass


class Never:
    def __repr__(self):
        return "Never"

    def __eq__(self, other):
        return False


@dataclass
class P:
    x: int


@dataclass
class Q:
    x: int


class S(P):
    def doubled(self):
        return self.x * 2


@dataclass
class Out:
    c: Never
    tag: str = "t"


p = P(1)
s = S(1)
print(P(1) == Q(1), P(1) != Q(1))
print(p == s, s == p, s == S(1), p != s, S(1), s.doubled())
a = Out(Never())
print(a == a, a == Out(a.c), a == Out(Never()), a)
