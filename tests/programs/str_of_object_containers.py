# str(), repr(), f-strings, % and format() of lists, tuples and dicts holding objects: each
# object's __repr__, as CPython's repr() of the container; a __repr__ that shows a list of objects.
class P:
    def __init__(self, x):
        self.x = x
    def __repr__(self):
        return f"P({self.x})"
class Bag:
    def __init__(self, name, items):
        self.name = name
        self.items = items
    def __repr__(self):
        return "Bag(" + repr(self.name) + ", " + f"{self.items}" + ")"
ps = [P(1), P(2)]
print(str(ps), f"<{ps}>", repr(ps), f"{ps!r}", "%s" % ps, "{}".format(ps))
e = {"a": [P(6)], "b": []}
print(str(e), f"{ {1: P(3)} }", str((P(4), None)), str([None, P(5)]))
bags = [Bag("a'b", ps), Bag("c", [])]
print(bags, {0: bags[1]})
