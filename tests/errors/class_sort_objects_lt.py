# error: 9:1: error: sort() of R objects would compare them by their methods in an order kilopy's sort does not follow: give key= a field (xs.sort(key=lambda o: o.score))
# sort() of objects whose class has __lt__: refused (CPython calls __lt__ in its sort's order), with the key= to give.
class R:
    def __init__(self, a):
        self.a = a
    def __lt__(self, o):
        return self.a < o.a
rs = [R(3), R(1)]
rs.sort()
