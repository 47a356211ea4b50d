# str(), repr(), f-strings, % and format() of lists, tuples and dicts holding objects: each
# object's __repr__, as CPython's repr() of the container; a __repr__ that shows a list of objects.
class P:
    def __init__(self, x):
        self.x = x
    def __repr__(self):
        return f"P({self.x})"
class N:
    def __init__(self, v, kids):
        self.v = v
        self.kids = kids
    def __repr__(self):
        return "N(" + repr(self.v) + ", " + f"{self.kids}" + ")"
ps = [P(1), P(2)]
print(str(ps), f"<{ps}>", repr(ps), f"{ps!r}", "%s" % ps, "{}".format(ps))
e = {"a": [P(6)], "b": []}
print(str(e), f"{ {1: P(3)} }", str((P(4), None)), str([None, P(5)]))
leaf = N("a'b", [])
print(N("r", [leaf, N("c", [leaf])]))
