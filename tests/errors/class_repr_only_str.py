# error: 11:18: error: the repr of a C object is CPython's <__main__.C object at 0x...>, an address kilopy cannot show: define __repr__ in class C (repr() does not use __str__), or print its fields
# repr() of an object whose class has __str__ but no __repr__ (CPython shows its address).
class C:
    def __init__(self, v):
        self.v = v

    def __str__(self):
        return "C" + str(self.v)


print(C(1), repr(C(2)))
