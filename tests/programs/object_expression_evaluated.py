# The object before .TAG (a class constant), .count (a class variable) and type(x).__name__ is
# evaluated, as CPython does, though the value is known without it: a call runs, an index or
# a division raises, an unassigned local raises UnboundLocalError. Calling an object (__call__)
# that is None raises TypeError after its arguments are evaluated.
class A:
    def __init__(self):
        self.v = 1


def make():
    print("make called")
    return A()


def name_of(flag):
    if flag:
        x = A()
    return type(x).__name__


xs = [A()]
print(type(make()).__name__)
try:
    print(type(xs[5]).__name__)
except IndexError as e:
    print("IndexError:", e)
d = {"a": 1}
try:
    print(type(d["b"]).__name__)
except KeyError as e:
    print("KeyError:", e)
try:
    print(type(10 // (len(xs) - 1)).__name__)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
print(make().__class__.__name__)
print(name_of(True))
try:
    print(name_of(False))
except UnboundLocalError as e:
    print("UnboundLocalError:", e)


class B:
    TAG = "a"
    count = 0

    def __init__(self):
        B.count += 1


def tag(flag):
    if flag:
        x = B()
    return x.TAG


def count(flag):
    if flag:
        x = B()
    return x.count


for fn in range(2):
    for flag in [True, False]:
        try:
            if fn == 0:
                print(tag(flag))
            else:
                print(count(flag))
        except UnboundLocalError as e:
            print("UnboundLocalError:", e)


class Scale:
    def __init__(self, k):
        self.k = k

    def __call__(self, v):
        return v * self.k


def pick(i):
    if i > 0:
        return Scale(i)
    return None


for i in [2, 0]:
    f = pick(i)
    try:
        print(f(5))
    except TypeError as e:
        print("caught TypeError:", e)


class Reg:
    count = 0
    registry = [7]

    def __init__(self):
        Reg.count += 1


def find(want):
    if want:
        return Reg()
    return None


for want in [True, False]:
    r = find(want)
    try:
        print(r.count)
    except AttributeError as e:
        print("AttributeError:", e)
    try:
        print(r.registry)
    except AttributeError as e:
        print("AttributeError:", e)
