# Int-or-None idioms: optional fields and parameters, a search returning an index or None, total += k
# after a None test, v if v is not None else -1.
class Node:
    def __init__(self, v, label=None):
        self.v = v
        self.label = label
        self.best = None

    def update(self, x):
        if self.best is None or x > self.best:
            self.best = x
        return self.best

def find(xs, target):
    for i, x in enumerate(xs):
        if x == target:
            return i
    return None

n = Node(1)
m = Node(2, label=5)
print(n.label, m.label, n.label == m.label, m.label == 5, n.label != None)
for x in [3, 1, 4]:
    print(n.update(x), end=" ")
print()
r = find([5, 6, 7], 6)
s = find([5, 6, 7], 9)
print(r, s, r is None, s is None, f"{r}|{s}", str(s) + "!", r == 1)
total = 0
for t in [6, 9, 7]:
    k = find([5, 6, 7], t)
    if k is not None:
        total += k
print(total)
m.label = None
print(m.label)
a = r
r = None
print(a, r, a if a is not None else -1)
labels = [0]
print(labels)
def g(x=None):
    if x is None:
        x = 10
    return x * 2
print(g(), g(3))
a2 = None
if len("ab") > 1:
    a2 = 4
b = a2 if a2 is not None else -1
print(b, b + 1)
c = None
d = c if c is not None else -1
print(d, d + 1)
e = a2 if a2 else c
print(e)
