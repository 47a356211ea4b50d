# error: 13:7: error: reading the class constant N through a value that may be None is not supported in kilopy (CPython raises AttributeError when it is None): test it for None first, or read A.N
# a class constant read through a name that may be None (CPython's AttributeError) is refused.
class A:
    N = 1

    def __init__(self):
        self.v = 2


o = None
if len("x") > 5:
    o = A()
print(o.N)
