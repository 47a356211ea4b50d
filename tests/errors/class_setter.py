# error: 13:1: error: AttributeError: property 'double' of 'C' object has no setter: give it one (@double.setter), or assign a field instead
# a property has no setter.
class C:
    def __init__(self):
        self.v = 1

    @property
    def double(self):
        return self.v * 2


c = C()
c.double = 4
