# zip(*rows): a transpose, its tuples as long as the list of rows (tuple[T, ...]).
rows = [[1, 2, 3], [4, 5, 6]]
for col in zip(*rows):
    print(col, sum(col), len(col))
print(list(zip(*rows)), [max(c) for c in zip(*rows)], sorted(zip(*rows), reverse=True))
for a, b in zip(*rows):
    print(a * b)
words = ["abc", "de", "fgh"]
for t in zip(*words):
    print(t, "".join(t))
one = [[7, 8]]
print([c for c in zip(*one)], max(zip(*rows)))
