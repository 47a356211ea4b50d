# for a, b in rows: a row of one element is CPython's ValueError (not enough values to unpack).
rows = [[1, 2], [3]]
for a, b in rows:
    print(a, b)
