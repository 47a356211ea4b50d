# A starred target unpacking map(): *feats, label = map(int, line.split()) takes every item, f run
# on each in order; too few items is CPython's ValueError.
rows = ["3 4 5 1", "1 2 0", "9 1"]
for line in rows:
    *feats, label = map(int, line.split())
    head, *tail = map(int, line.split())
    print(feats, label, head, tail)
a, *b, c = map(len, ["x", "yy", "zzz", "w"])
print(a, b, c)
try:
    x, y, *z = map(int, "5".split())
except ValueError as e:
    print(e)
