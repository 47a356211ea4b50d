# error: 13:7: error: 'double' is a property of class 'C': read it without calling it (obj.double)
# a property is read, not called (CPython: 'int' object is not callable).
class C:
    def __init__(self):
        self.v = 1

    @property
    def double(self):
        return self.v * 2


c = C()
print(c.double())
