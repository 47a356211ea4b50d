# error: 13:1: error: dataclasses.FrozenInstanceError: cannot assign to field 'x' (Point is a frozen dataclass; kilopy refuses the store): make a new object instead, or drop frozen=True
# A store to a field of a frozen dataclass's object: CPython's FrozenInstanceError at run time.
from dataclasses import dataclass


@dataclass(frozen=True)
class Point:
    x: int
    y: int


p = Point(1, 2)
p.x += 3
print(p)
