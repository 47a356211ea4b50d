# Nested lists: [[0] * 3, [0] * 3], item assignment through rows, ==, print.
grid = [[0] * 3, [0] * 3]
grid[1][2] = 5
grid[0][0] += 1
print(grid, len(grid), len(grid[0]))
row = grid[1]
row[0] = 9
print(grid)
print(grid == [[1, 0, 0], [9, 0, 5]], grid != [[1, 0, 0], [9, 0, 5]], [[1]] == [[2]])
print([1, 2] in grid, [9, 0, 5] in grid, [[True, False], [False]])
deep = [[[1], [2, 3]], [[4]]]
deep[0][1].append(30)
print(deep, deep[0][1][-1])
m = []
for i in range(3):
    m.append([i] * i)
print(m)
