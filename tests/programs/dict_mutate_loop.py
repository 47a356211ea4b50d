# Mutating a dict while iterating it, where CPython finishes: values set in place, a deleted
# key replaced by one added later in the table (CPython's entry table, tombstones and resizes).
d = {1: 0, 2: 0, 3: 0}
for k in d:
    d[k] = k * 7
print(d)
for k in d:
    print(k)
    if k == 1:
        del d[3]
        d[4] = 1
print(d)
e = {1: 1, 2: 2, 3: 3, 4: 4, 5: 5}
for k in e:
    print(k)
    if k == 2:
        e.pop(5)
        e[6] = 6
print(e)
