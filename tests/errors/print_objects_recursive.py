# error: 11:7: error: printing a list[N] is not supported in kilopy: objects of class N can hold N objects through their fields, so the container may meet itself inside its own text, which CPython shows as [...]: print its objects one by one
# a container of objects that may hold themselves again (CPython's [...] for a list met inside its own repr) is refused.
class N:
    def __init__(self, v):
        self.v = v
        self.kids = []
    def __repr__(self):
        return f"N({self.v}, {self.kids})"
a = N(1)
a.kids.append(a)
print([a])
