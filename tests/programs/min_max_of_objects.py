# max(a, b) and min(a, b, c) of objects: as max([a, b]), ordered by the class's key (__lt__ as
# k(self) < k(other), or @dataclass(order=True)); ties give the first, as CPython's.
from dataclasses import dataclass
@dataclass(order=True)
class V:
    n: int
class P:
    def __init__(self, s):
        self.s = s
    def __lt__(self, other):
        return self.s < other.s
    def __repr__(self):
        return f"P{self.s}"
a, b, c = P(3), P(5), P(5)
print(max(a, b), min(a, b, c), max(b, c) is b, min(b, c) is b)
print(max(V(1), V(4), V(2)), min(V(3), V(3)))
