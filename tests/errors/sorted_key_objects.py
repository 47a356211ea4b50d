# error: 14:32: error: sorting by a key that gives objects whose class defines comparison methods is not supported in kilopy (CPython's sort calls them in an order kilopy does not follow): key on a field or a tuple of fields (key=lambda o: o.score)
# sorted() by a key that gives objects with comparison methods: CPython's sort calls them in
# an order kilopy's insertion sort does not follow (a method that prints would show it).
class A:
    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        print("lt", self.v, other.v)
        return self.v < other.v


xs = [A(3), A(1), A(2)]
print([a.v for a in sorted(xs, key=lambda o: o)])
