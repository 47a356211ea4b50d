# __len__, __bool__, __getitem__, __setitem__ and __contains__: len(obj), if obj (by __len__ without __bool__), bool(obj), obj[k] with int, str and tuple keys, obj[k] = v, x in obj
class Bag:
    def __init__(self):
        self.xs = []

    def add(self, x):
        self.xs.append(x)

    def __len__(self):
        return len(self.xs)

    def __getitem__(self, i):
        return self.xs[i]

    def __setitem__(self, i, v):
        self.xs[i] = v

    def __contains__(self, x):
        return x in self.xs


class Table:
    def __init__(self):
        self.cells = {}
        self.rows = 0

    def __getitem__(self, key):
        return self.cells.get(key, 0)

    def __setitem__(self, key, v):
        self.cells[key] = v

    def __bool__(self):
        return len(self.cells) > 0


class Grid:
    def __init__(self, w, h):
        self.w = w
        self.cells = [0] * (w * h)

    def __getitem__(self, pos):
        x, y = pos
        return self.cells[y * self.w + x]

    def __setitem__(self, pos, v):
        x, y = pos
        self.cells[y * self.w + x] = v


b = Bag()
print(len(b), bool(b), "empty" if not b else "full")
for v in [3, 5, 8]:
    b.add(v)
if b:
    print("has", len(b), b[0], b[-1], b[len(b) - 1])
print(5 in b, 7 in b, 7 not in b, 3 not in b)
b[0] = 9
k = 1
b[k] = b[0] + 1
print(b[0], b[1], [b[i] for i in range(len(b))], sum(b[i] for i in range(len(b))))
while b:
    b.xs.pop()
    print(len(b), bool(b))

t = Table()
print(bool(t), t["a"])
t["a"] = 4
t["b"] = t["a"] * 2
print(bool(t), t["a"], t["b"], t["c"], len(t.cells))

g = Grid(3, 2)
g[1, 1] = 7
g[2, 0] = g[1, 1] + 1
p = (2, 0)
print(g[1, 1], g[p], g.cells)
total = 0
for y in range(2):
    for x in range(3):
        total += g[x, y]
print(total)
