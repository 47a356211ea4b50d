# xs, ys = zip(*rows): the columns as tuples; CPython's ValueError when the count differs.
grid = [[1, 2], [3, 4], [5, 6]]
c0, c1 = zip(*grid)
print(c0, c1)
empty = [(1, 2)]
empty.pop()
try:
    p, q = zip(*empty)
except ValueError as e:
    print("ValueError:", e)
a, b = zip(*[(1, 2, 3)])
