# error: 4:5: error: a class body holds methods and constants (NAME = 10, NAME = "text") in kilopy: set other attributes in __init__ (self.x = ...)
# a class attribute that is not a constant (here __slots__) is refused.
class C:
    __slots__ = ["n"]

    def __init__(self):
        self.n = 1

print(C().n)
