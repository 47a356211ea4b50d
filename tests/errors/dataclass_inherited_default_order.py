# error: 9:5: error: TypeError: non-default argument 'y' follows default argument
# A derived dataclass's own field without a default after the base's defaulted one.
from dataclasses import dataclass
@dataclass
class A:
    x: int = 1
@dataclass
class B(A):
    y: int
print(B(2))
