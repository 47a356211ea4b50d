# len(), obj[k], obj[k] = v and abs() of an object that may be None: CPython's TypeError for None, the special method for an object
class A:
    def __init__(self, n):
        self.xs = [n]

    def __len__(self):
        return len(self.xs)

    def __getitem__(self, i):
        return self.xs[i]

    def __setitem__(self, i, v):
        self.xs[i] = v

    def __abs__(self):
        return 5


m = None
for k in range(3):
    if k == 1:
        m = A(k)
    try:
        print(len(m))
    except TypeError as e:
        print("len", e)
    try:
        print(m[0])
    except TypeError as e:
        print("get", e)
    try:
        m[0] = 4
        print(m[0])
    except TypeError as e:
        print("set", e)
    try:
        print(abs(m))
    except TypeError as e:
        print("abs", e)
    if k == 1:
        m = None
