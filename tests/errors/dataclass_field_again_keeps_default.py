# error: 13:5: error: TypeError: non-default argument 'c' follows default argument
# A field given again without a value keeps the base's default (CPython's getattr() finds the class
# attribute), so a later field without a default is CPython's TypeError.
from dataclasses import dataclass

@dataclass
class P:
    a: int = 1

@dataclass
class D(P):
    a: int
    c: int

print(D(2, 3))
