# error: 6:1: error: TypeError: Cannot overwrite attribute __lt__ in class Task. Consider using functools.total_ordering (kilopy: write @dataclass(order=True) without the method, or @dataclass with all four of __lt__, __le__, __gt__ and __ge__)
# order=True on a class that defines __lt__: CPython's TypeError when the class is made.
from dataclasses import dataclass


@dataclass(order=True)
class Task:
    priority: int
    name: str

    def __lt__(self, other):
        return self.priority < other.priority


print(sorted([Task(2, "b"), Task(1, "a")]))
