# Objects that escape stay objects (docs/memory.md, "Classes with one instance"): made in a
# function that recurses, aliased, compared with `is`, kept in a list, a field or a global,
# returned, passed, printed. Each class is made once, so only its escape keeps it an object.
class Nested:
    def __init__(self, k):
        self.n = k

    def bump(self):
        self.n += 1


def nested(k):
    c = Nested(k)
    c.bump()
    if k > 0:
        nested(k - 1)
    c.bump()
    print("nested", k, c.n)


class Mutual:
    def __init__(self, k):
        self.n = k


def mutual(k):
    m = Mutual(k * 10)
    if k < 2:
        again(k + 1)
    m.n += 1
    print("mutual", k, m.n)


def again(k):
    mutual(k)


class Alias:
    def __init__(self):
        self.v = 1


def alias():
    a = Alias()
    b = a
    b.v = 5
    print("alias", a.v, a is b)


class Listed:
    def __init__(self):
        self.v = 2


def listed():
    x = Listed()
    xs = [x, x]
    xs[0].v = 7
    print("listed", x.v, xs[1].v)


class Inner:
    def __init__(self):
        self.v = 3


class Outer:
    def __init__(self, i):
        self.inner = i


def field():
    i = Inner()
    o = Outer(i)
    o.inner.v = 8
    print("field", i.v)


class Kept:
    def __init__(self):
        self.v = 4


def keep():
    global kept
    kept = Kept()
    kept.v += 1


class Made:
    def __init__(self):
        self.v = 5

    def me(self):
        return self


def make():
    m = Made()
    return m


class Passed:
    def __init__(self):
        self.v = 6


def show(p):
    p.v += 1
    return p.v


def passed():
    p = Passed()
    print("passed", show(p), p.v)


class Shown:
    def __init__(self):
        self.v = 7

    def __str__(self):
        return "Shown"


def shown():
    s = Shown()
    print("shown", s, s.v)


nested(2)
mutual(0)
alias()
listed()
field()
keep()
print("kept", kept.v)
made = make()
print("made", made.v, made.me() is made)
passed()
shown()
