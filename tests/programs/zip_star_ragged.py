# zip(*rows) stops at the shortest row, reads rows as they grow, and runs else unless broken.
grid = [[1, 2], [3], [5, 6]]
for c in zip(*grid):
    print(c)
else:
    print("done")
empty = [[0] * 0]
empty.pop()
for c in zip(*empty):
    print("never")
else:
    print("no rows")
g = [[1, 2], [3, 4]]
for c in zip(*g):
    g[1].append(9)
    g.append([0])
    print(c, len(g))
    if c[0] == 2:
        break
else:
    print("not here")
for c in zip(*[[1, 2], [3, 4]]):
    if c[0] == 1:
        continue
    print("second", c)
for x, y, z in zip(*g):
    print(x, y, z)
