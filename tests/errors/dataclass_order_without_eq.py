# error: 6:1: error: ValueError: eq must be true if order is true
# order=True with eq=False: CPython's ValueError when the class is made.
from dataclasses import dataclass


@dataclass(order=True, eq=False)
class Pair:
    a: int
    b: int


print(Pair(1, 2) < Pair(2, 1))
