# error: 17:10: error: kilopy calls __setitem__ as obj.__setitem__(k, v), evaluating obj and k before v, where CPython evaluates v first: assign v (and the index) to names first
# obj[k] = v where v calls a function and obj is a field: CPython evaluates v before obj.
class C:
    def __init__(self):
        self.xs = [1, 2, 3]
    def __setitem__(self, i, v):
        self.xs[i] = v

class Holder:
    def __init__(self):
        self.c = C()
    def bump(self):
        self.c = C()
        return 5

h = Holder()
h.c[0] = h.bump()
print(h.c.xs)
