# error: 9:9: error: kilopy gives a derived dataclass its base's defaults as written, so field 'x' of 'A' needs a constant default (a number, a str, True, False, None or a tuple of them): give it one, or give the field again in 'B'
# A base dataclass's default that is not a constant, inherited as written.
from dataclasses import dataclass
N = 3
@dataclass
class A:
    x: int = N
@dataclass
class B(A):
    y: int = 0
print(B())
