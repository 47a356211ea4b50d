# error: 12:1: error: sort() of R objects would compare them by their methods in an order kilopy's sort does not follow (kilopy orders objects by their __lt__ or __gt__ only where it is written `return k(self) < k(other)`, k reading fields that every object's __init__ assigns, without calls): give key= a field (xs.sort(key=lambda o: o.score))
# sort() of objects whose class has an __lt__ that calls a method: refused (CPython calls __lt__ in
# its sort's order), with the key= to give.
class R:
    def __init__(self, a):
        self.a = a
    def __lt__(self, o):
        return self.a < o.size()
    def size(self):
        return self.a
rs = [R(3), R(1)]
rs.sort()
