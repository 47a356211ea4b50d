# __len__ through a list of a class and its subclasses (inherited, overridden, negative: ValueError), then len() of such a value that is None: CPython's TypeError
class A:
    def __init__(self, n):
        self.n = n

    def __len__(self):
        for k in range(3):
            if k == self.n:
                return k
        return -self.n


class B(A):
    pass


class C(A):
    def __len__(self):
        return 7


xs = [A(1), B(2), C(0)]
print([len(x) for x in xs])
m = None
for x in xs:
    if len(x) == 7:
        m = x
print(len(m))
try:
    print(len(B(9)))
except ValueError as e:
    print("err", e)
m = None
for x in xs:
    if len(x) == 99:
        m = x
print(len(m))
