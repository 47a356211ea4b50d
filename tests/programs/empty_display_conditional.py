# An empty display in one branch of a conditional expression takes the other branch's type.
def pick(words, c):
    xs = words if c else []
    return xs
print(pick(["a"], True), pick(["a"], False))
names = ["x", "yy"]
print([] if names else names, names if names else [])
d = {}
print(d, len(d), 3 in d, d.get(3))
empty = set()
print(len(empty), 1 in empty)
grid = [[] for _ in range(2)]
print(grid)
