# min() and max() of lists of tuples that hold tuples: ordered as < orders them, element by
# element inside the inner tuples too.
pairs = [((1, 2), 3), ((0, 5), 4), ((0, 5), 2)]
print(min(pairs), max(pairs))
best = None
for p in pairs:
    if best is None or p < best:
        best = p
print(best)
