# if best is None or p < best: with __lt__, the object that may be None is the argument (never the receiver); a property, dicts and tuples of the objects, list or str that may be None
class P:
    def __init__(self, v):
        self.v = v

    @property
    def double(self):
        return self.v * 2

    def __lt__(self, other):
        return self.v < other.v

    def __repr__(self):
        return f"P({self.v})"


ps = [P(3), P(1), P(2)]
best = None
for p in ps:
    if best is None or p < best:
        best = p
print(best, best.double)
x = best.double
x = str(x) + "!"
print(x)
pairs = [(p.v, p) for p in ps]
print(pairs)
d = {p.v: p for p in ps}
print(d, sorted(d))
items = None
for p in ps:
    if p.double > 3:
        if items is None:
            items = []
        items.append(p.v)
print(items)
name = None
for p in ps:
    if p.v == 2:
        name = repr(p)
print(name)
last = None
print(P(1) < last)
