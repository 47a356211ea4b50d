# Lists, tuples and dicts holding objects print, str() and format each object with its class's
# __repr__, as CPython's repr() of the container does: nested, empty, None among them.
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
print(ps)
print(str(ps), f"<{ps}>", repr(ps), f"{ps!r}", "%s" % ps, "{}".format(ps))
print([ps, ps[:0]], (ps[0],), (P(4), 5, "s"), [(P(5), True)], ps[:0])
d = {1: P(3)}
e = {"a": [P(6)], "b": []}
print(d, e, str(e), f"{d}", {True: P(7)}, {(1, 2): P(8)})
del d[1]
print(d, str(d))
leaf = N("a'b", [])
print(N("r", [leaf, N("c", [leaf])]))
xs = [P(1), None, P(2)]
xs[0] = None
print(xs, str(xs), (None, P(9)), sep=" | ", end="!\n")
