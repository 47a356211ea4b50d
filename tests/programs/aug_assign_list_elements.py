# `+=` of a list held in a field, a list element or a dict value: extended in place (every
# alias sees it), then stored back, as CPython does.
class Buffer:
    def __init__(self):
        self.items = [1]
        self.parts = [[0], [1, 1]]

    def add(self, more):
        self.items += more
        return self.items


b = Buffer()
alias = b.items
print(b.add([2, 3]), alias)
b.items += b.items
print(b.items, len(alias))
b.parts[1] += [2]
b.parts[0] += b.parts[1]
print(b.parts)
grid = [[1], [2, 2]]
row = grid[0]
grid[0] += [5]
print(grid, row)
d = {"a": [1], "b": []}
d["b"] += [7, 8]
d["a"] += d["b"]
print(d)
names = {1: ["x"]}
names[1] += ["y"]
print(names)
try:
    d["z"] += [1]
except KeyError as e:
    print("KeyError", e)
