# A class constructed, raised or subclassed only inside a nested function keeps its __init__ and
# its methods (the dead-function pass did not look into nested defs).
class P_bug_1:
    def __init__(self):
        print("init")
        self.v = 4
def build_bug_1():
    def go():
        n = P_bug_1()
        return 1
    return go()
print(build_bug_1())

class A:
    def __init__(self):
        self.v = 1
    def get(self):
        return "A"
class B(A):
    def get(self):
        return "B"
def f():
    def mk(k):
        if k:
            return B()
        return A()
    return mk(1).get() + mk(0).get()
print(f())


class E1(Exception):
    def __init__(self, c):
        super().__init__("bad")
def go():
    def inner():
        raise E1(3)
    inner()
go()
