# An operator method called on an object that may be None: CPython's TypeError, not an
# AttributeError about the method.


class V:
    def __init__(self, n):
        self.n = n

    def __add__(self, o):
        return V(self.n + o.n)

    def __neg__(self):
        return V(-self.n)

    def __repr__(self):
        return "V(" + str(self.n) + ")"


def pick(i):
    return V(i) if i > 0 else None


for i in [2, 0]:
    x = pick(i)
    try:
        print(x + V(1))
    except TypeError as e:
        print("TypeError:", e)
    try:
        print(-x)
    except TypeError as e:
        print("TypeError:", e)
