# A dataclass field that default_factory makes, given a value: a list, an int, a call's result.
from dataclasses import dataclass, field
@dataclass
class Inv:
    name: str
    items: list = field(default_factory=list)
    count: int = field(default_factory=int)
a = Inv("a", [1, 2])
b = Inv("b", [3], 5)
def make():
    return [9]
c = Inv("c", make())
print(a, b, c, Inv("d"))
