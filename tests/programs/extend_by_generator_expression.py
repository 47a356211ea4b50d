# xs.extend(e for ...) and xs += (e for ...): xs read once, each element appended as the generator
# makes it (a ZeroDivisionError mid-way leaves the ones before it), for lists, fields and deques.
from collections import deque
ys = [1, 2, 3, 0, 5]
xs = [0]
xs.extend(y * 2 for y in ys if y)
print(xs)
xs += (y - 1 for y in ys)
print(xs)
class Bag:
    def __init__(self):
        self.items = []
    def fill(self, n):
        self.items.extend(i * i for i in range(n))
        return self
print(Bag().fill(4).items)
dq = deque([1])
dq.extend(c * 3 for c in [4, 5])
print(dq)
zs = []
try:
    zs.extend(10 // y for y in ys)
except ZeroDivisionError as e:
    print("err", e, zs)
words = "a bb ccc".split()
lens = []
lens.extend(len(w) for w in words for _ in range(2))
print(lens)
alias = lens
lens += (0 for _ in "ab")
print(alias, alias is lens)
def f():
    out = []
    for r in range(3):
        out.extend((r, c) for c in range(r))
    return out
print(f())
