# Dict keys and set elements that are tuples of ints: equal by value, in insertion order.
grid = {}
for i in range(3):
    for j in range(2):
        grid[(i, j)] = i * 10 + j
i = 2
j = 1
grid[i, j] += 100
print(grid)
print(len(grid), grid[(1, 0)], grid[i, j], (1, 1) in grid, (3, 0) in grid, (0, 5) not in grid)
for k in grid:
    if k[0] == 1:
        print(k, grid[k])
for (a, b), v in grid.items():
    if a == 0:
        print(a, b, v)
keys = list(grid)
print(keys[:2], sorted(grid, reverse=True)[:2])
del grid[0, 0]
print(grid.pop((0, 1)), grid.get((1, 1), -1), grid.get((5, 5), -1), grid.setdefault((7, -8), 3))
print(grid)
sq = {(x, x * x): x for x in range(-2, 3) if x != 0}
print(sq, sq == {(-2, 4): -2, (-1, 1): -1, (1, 1): 1, (2, 4): 2}, sq != {(1, 1): 1})
big = {(300, -7000): 1}
big[300, -7000] += 1
print(big, (300, -7000) in big)
seen = set()
seen.add((1, 2))
seen.add((i, j))
seen.add((1, 2))
seen.discard((5, 5))
print(len(seen), (1, 2) in seen, (2, 1) in seen, sorted(seen), seen == {(2, 1), (1, 2)})
seen.remove((1, 2))
print(sorted(seen))
one = {(4,): True}
print(one, one[(4,)])
try:
    print(grid[9, 9])
except KeyError:
    print("missing")
print(big[(1, 2)])
