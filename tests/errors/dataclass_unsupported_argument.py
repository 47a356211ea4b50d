# error: 6:12: error: @dataclass(slots=...) is not supported in kilopy: it takes repr=, eq=, order= and frozen=; write @dataclass without it, and what it would do yourself
# @dataclass(slots=True): kilopy takes repr=, eq=, order= and frozen= only.
from dataclasses import dataclass


@dataclass(slots=True)
class Pair:
    a: int
    b: int


print(Pair(1, 2))
