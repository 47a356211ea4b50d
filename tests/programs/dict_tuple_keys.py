# Dict keys that are tuples of ints: equal by value, in insertion order.
grid = {}
for i in range(2):
    for j in range(2):
        grid[(i, j)] = i * 10 + j
i = 1
j = 1
grid[i, j] += 100
print(grid)
print(len(grid), grid[(1, 0)], grid[i, j], (1, 1) in grid, (3, 0) in grid, (0, 5) not in grid)
for (a, b), v in grid.items():
    if a == 0:
        print(a, b, v)
print(list(grid)[:2])
del grid[0, 0]
print(grid.get((1, 1), -1), grid.get((5, 5), -1))
big = {(300, -7000): 1}
big[300, -7000] += 1
print(big, (300, -7000) in big)
print(big[(1, 2)])
