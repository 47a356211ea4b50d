# Dicts as values: truth, bool(), fields of objects, arguments and results of functions, dicts
# of dicts and of arrays, aliasing as in Python.
from array import array


class Counter:
    def __init__(self):
        self.seen = {}

    def add(self, k):
        self.seen[k] = self.seen.get(k, 0) + 1
        return self.seen[k]


def invert(d):
    out = {}
    for k, v in d.items():
        out[v] = k
    return out


c = Counter()
for x in [4, 2, 4, 4]:
    c.add(x)
print(c.seen, invert(c.seen))
e = {}
print(not e, bool(e), len(e))
e[1] = 1
if e:
    print("e", bool(e))
while e:
    e.pop(1)
print(e)
alias = c.seen
alias[9] = 0
print(c.seen)
grid = {}
grid[0] = {}
grid[0][5] = 7
grid[1] = {2: 3}
grid[0][5] += 1
print(grid[0][5], grid[1][2], len(grid), 5 in grid[0])
w = {0: array('b', [1, -2])}
w[0][1] = 100
print(w)
