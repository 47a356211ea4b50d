# A field read that a test before it proves not None (self.lo is None ... else min(self.lo, x)) is
# narrowed as a name is; a call, a field store or rebinding the object's name ends it.
class Stats:
    def __init__(self):
        self.lo = None
        self.hi = None
    def add(self, x):
        self.lo = x if self.lo is None else min(self.lo, x)
        if self.hi is None or x > self.hi:
            self.hi = x
    def span(self):
        if self.lo is None:
            return 0
        return self.hi - self.lo
s = Stats()
print(s.span())
for v in [5, 3, 9]:
    s.add(v)
print(s.lo, s.hi, s.span())
class T:
    def __init__(self):
        self.x = None
        self.n = 0
    def reset(self):
        self.x = None
    @property
    def flip(self):
        self.n += 1
        return None if self.n % 2 == 0 else self.n
def f(t):
    t.x = 4
    if t.x is not None:
        t.reset()
        try:
            print(t.x + 1)
        except TypeError as e:
            print("TE", e)
def g(t):
    o = t
    t.x = 5
    if t.x is not None:
        o.x = None
        try:
            print(t.x + 1)
        except TypeError as e:
            print("TE2", e)
def h(t):
    if t.flip is not None:
        try:
            print(t.flip + 1)
        except TypeError as e:
            print("TE3", e)
def k(t, u):
    t.x = 3
    if t.x is not None:
        t = u
        try:
            print(t.x + 1)
        except TypeError as e:
            print("TE4", e)
t = T()
f(t); g(t); h(t); k(t, T())
ts = [T(), T()]
ts[0].x = 7
print([p.x * 2 for p in ts if p.x is not None])
