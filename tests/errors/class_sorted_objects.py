# error: 9:13: error: TypeError: '<' not supported between instances of 'C' and 'C'
# sorted() of a list of objects: CPython's TypeError (kilopy used to sort them by address).
class C:
    def __init__(self, v):
        self.v = v


xs = [C(2), C(1)]
ys = sorted(xs)
print(ys[0].v)
