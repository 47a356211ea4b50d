# Printing objects that may be None: their __repr__/__str__, or None.
class N:
    def __init__(self, v):
        self.v = v
        self.next = None

    def __repr__(self):
        return "N(" + str(self.v) + ")"


a = N(1)
print(a, a.next)
a.next = N(2)
print(a.next, f"{a.next}", str(a.next.next), repr(a.next))
xs = [None, a]
print(xs[0], xs[1], [str(x) for x in xs])
