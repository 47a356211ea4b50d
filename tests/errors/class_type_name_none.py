# error: 11:16: error: the class name of a value that may be None is not supported in kilopy: test it for None first
# the class name of an object that may be None (CPython's 'NoneType') is refused.
class A:
    def __init__(self):
        self.n = 1

a = None
for i in range(2):
    if i == 1:
        a = A()
    print(type(a).__name__)
