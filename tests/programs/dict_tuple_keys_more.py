# Tuple keys: pop, sorted, ==, a comprehension; sets of tuples; a KeyError in a handler.
grid = {(0, 1): 1, (2, 0): 20, (1, 1): 11}
for k in grid:
    if k[0] == 1:
        print(k, grid[k])
print(grid.pop((0, 1)), sorted(grid, reverse=True))
sq = {(x, x * x): x for x in range(-2, 3) if x != 0}
print(sq == {(-2, 4): -2, (-1, 1): -1, (1, 1): 1, (2, 4): 2}, sq != {(1, 1): 1})
seen = set()
seen.add((1, 2))
seen.add((2, 1))
seen.add((1, 2))
seen.discard((5, 5))
print(len(seen), (1, 2) in seen, (3, 1) in seen, sorted(seen), seen == {(2, 1), (1, 2)})
seen.remove((1, 2))
print(sorted(seen), grid.setdefault((7, -8), 3), {(4,): True})
try:
    print(grid[9, 9])
except KeyError:
    print("missing")
seen.remove((4, 4))
