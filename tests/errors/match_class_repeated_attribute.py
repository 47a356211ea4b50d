# error: 9:15: error: TypeError: P() got multiple sub-patterns for attribute 'x'
# a class pattern giving one attribute twice, by position and by keyword (CPython's TypeError).
from dataclasses import dataclass
@dataclass
class P:
    x: int
    y: int
match P(1, 2):
    case P(1, x=1):
        print("dup")
    case _:
        print("other")
