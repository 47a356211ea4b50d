# error: 8:9: error: TypeError: cannot inherit frozen dataclass from a non-frozen one
# A frozen dataclass deriving from one that is not frozen (CPython's TypeError).
from dataclasses import dataclass
@dataclass
class A:
    x: int = 1
@dataclass(frozen=True)
class B(A):
    y: int = 0
print(B(2))
