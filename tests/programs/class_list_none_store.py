# None stored into a list that started as one of objects ([A()], then xs[0] = None, append(None),
# through an alias, a parameter or a field): every name of the list reads its elements as objects
# that may be None (`is None` was decided at compile time; a method ran on None).
class A:
    pass


class B:
    def __init__(self):
        self.v = 7

    def m(self):
        return "B"


class H:
    def __init__(self):
        self.xs = [B()]


def clear(items, i):
    items[i] = None


xs = [A()]
xs[0] = None
print(xs[0] is None)
bs = [B()]
alias = bs
alias.append(None)
print(bs[1] is None, len(bs), [b is None for b in bs])
h = H()
h.xs.insert(0, None)
print(h.xs[0] is None, h.xs[1].v)
cs = [B(), B()]
clear(cs, 1)
print([c.m() if c is not None else "-" for c in cs])
try:
    print(h.xs[0].v)
except AttributeError as e:
    print("AttributeError:", e)
try:
    print(cs[1].m())
except AttributeError as e:
    print("AttributeError:", e)
