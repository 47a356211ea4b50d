# RuntimeError: dictionary keys changed during iteration (a key deleted and another added: the
# size is the same, so CPython meets the new key when it expected none).
d = {1: 0, 2: 0}
for k in d:
    print(k)
    del d[k]
    d[k + 100] = 0
