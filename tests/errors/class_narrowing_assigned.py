# error: 15:20: error: comparing an object that may be None with a class's comparison method is not supported in kilopy (it would be called on None): test it first (x is not None and x == y), compare the fields (x.f == y.f), or keep None out of that name
# an if body that assigns the name it tested is not narrowed: its comparison method could be called on None.
class P:
    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        return self.v < other.v


best = None
for a in [P(3), P(1)]:
    if best is not None:
        best = None
        print(best < a)
    best = a
