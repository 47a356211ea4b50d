# zip(*rows): a transpose, its tuples as long as the list of rows (tuple[T, ...]).
rows = [[1, 2, 3], [4, 5, 6]]
for col in zip(*rows):
    print(col, sum(col), len(col))
print(list(zip(*rows)), [max(c) for c in zip(*rows)])
for a, b in zip(*rows):
    print(a * b)
print(max(zip(*rows)), [c for c in zip(*[[7, 8]])])
