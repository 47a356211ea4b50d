# __str__ and __repr__: print(obj), str(obj), repr(obj), f-string and % fields, inherited and overridden.
class P:
    def __init__(self, x: int):
        self.x = x

    def __str__(self) -> str:
        return "P(" + str(self.x) + ")"

    def __repr__(self) -> str:
        return "P<" + str(self.x) + ">"


class Q(P):
    def __repr__(self) -> str:
        return f"Q[{self.x}]"


class R:
    def __repr__(self) -> str:
        return "R!"


p = P(3)
print(p)
print(str(p), repr(p), f"{p} {p!r} {p!s}", "%s %r" % (p, p), "{} {!r}".format(p, p))
q = Q(5)
print(q, repr(q), str(q), R(), str(R()), f"{R()}")
label = "obj=" + str(q) + repr(R())
print(label, repr(7), repr(True), repr(None))
