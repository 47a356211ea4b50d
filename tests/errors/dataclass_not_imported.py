# error: 3:1: error: NameError: name 'dataclass' is not defined: write `from dataclasses import dataclass` above the class
# @dataclass without its import (CPython: NameError when the class is defined).
@dataclass
class P:
    x: int


print(P(1))
