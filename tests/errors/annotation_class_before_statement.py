# error: 7:26: error: NameError: name 'Vec' is not defined (CPython evaluates this annotation before the class statement of Vec has run): quote it ("Vec") or put `from __future__ import annotations` first in the file
# A method's annotation names its own class, which CPython evaluates before the class exists.
class Vec:
    def __init__(self, x):
        self.x = x

    def add(self, other: Vec) -> Vec:
        return Vec(self.x + other.x)


print(Vec(1).add(Vec(2)).x)
