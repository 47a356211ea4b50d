# error: 9:11: error: min() of a list of R objects is not supported in kilopy: give the key that is the element, min(rs, key=lambda o: o) (it compares them by their methods)
# min() of objects whose class has __lt__: refused with the key that compares them by it.
class R:
    def __init__(self, a):
        self.a = a
    def __lt__(self, o):
        return self.a < o.a
rs = [R(3), R(1)]
print(min(rs).a)
