# Dicts of lists, clear() and growth past the first tables (a display of 7 items is presized
# as CPython's; a deleted key leaves a tombstone until the next resize).
d = {3: 0}
rows = {}
rows[0] = [1, 2]
rows[1] = []
rows[1].append(3)
print(rows, len(rows[0]))
d.clear()
print(d, len(d))
d[5] = 5
print(d)
big = {0: 0, 1: 1, 2: 4, 3: 9, 4: 16, 5: 25, 6: 36}
for i in range(7, 12):
    big[i] = i * i
del big[0]
print(big)
