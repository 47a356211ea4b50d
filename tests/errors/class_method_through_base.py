# error: 9:9: error: calling a base class's method through the class (A.__init__(self, ...)) is not supported in kilopy: write super().__init__(...)
# A base class's __init__ called through the class with self.
class A:
    def __init__(self, x):
        self.x = x

class B(A):
    def __init__(self, x):
        A.__init__(self, x)


print(B(1).x)
