# d.update(other) while a for loop iterates d: a new key is CPython's RuntimeError.
d = {1: 1, 2: 2}
for k in d:
    d.update({k: k * 10})
print(d)
for k in d:
    d.update({k + 100: 0})
