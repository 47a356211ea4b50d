counts = {}
for label in ["a", "b", "a"]:
    table = counts.setdefault(label, {})
    table[1] = table.get(1, 0) + 1
print(counts, counts["a"])
grid = {}
for i in range(2):
    row = grid.setdefault(i, {})
    row[(i, 1)] = i * 7
print(grid)
