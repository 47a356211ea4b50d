# self.m += x with self.m None: CPython's TypeError for += at the right line
class E:
    def __init__(self):
        self.m = None
        self.n = 0

    def set(self, v):
        self.m = v

    def add(self, x):
        self.n += 1
        self.m += x


e = E()
e.set(5)
e.add(2)
print(e.m, e.n)
e.set(None)
e.add(1)
print(e.m)
