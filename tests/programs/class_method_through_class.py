# A base class's method called through its class with self (A.__init__(self, x), B.step(self, n)):
# the method found from that class up its bases, not the object's own override; object's
# __init__ where none defines it; Exception.__init__(self, msg) of an exception class.
class A:
    def __init__(self, x):
        self.x = x
        self.log = []

    def step(self, n):
        self.log.append("A" + str(n))
        return n + self.x

    def name(self):
        return "A"


class B(A):
    def step(self, n):
        self.log.append("B")
        return A.step(self, n * 2)


class C(B):
    def __init__(self, x, y):
        A.__init__(self, x)
        self.y = y

    def step(self, n):
        r = B.step(self, n) + A.step(self, n)
        return r + self.y

    def name(self):
        return "C<" + A.name(self) + ">"


class Plain:
    pass


class Kid(Plain):
    def __init__(self, v):
        Plain.__init__(self)
        self.v = v


c = C(1, 100)
print(c.step(5), c.log, c.name())
b = B(3)
print(b.step(1), b.log)
print(Kid(4).v)
objs = [A(1), B(2), C(3, 4)]
print([o.step(1) for o in objs])


class AppError(Exception):
    def __init__(self, msg, code):
        Exception.__init__(self, msg)
        self.code = code


try:
    raise AppError("bad", 3)
except AppError as e:
    print(e, e.code)
