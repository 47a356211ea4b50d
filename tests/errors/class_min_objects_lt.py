# error: 12:11: error: min() of a list of R objects is not supported in kilopy (kilopy orders objects by their __lt__ or __gt__ only where it is written `return k(self) < k(other)`, k reading fields that every object's __init__ assigns, without calls): give the key that is the element, min(rs, key=lambda o: o) (it compares them by their methods)
# min() of objects whose class has an __lt__ that calls a method: refused with the key that
# compares them by it.
class R:
    def __init__(self, a):
        self.a = a
    def __lt__(self, o):
        return self.a < o.size()
    def size(self):
        return self.a
rs = [R(3), R(1)]
print(min(rs).a)
