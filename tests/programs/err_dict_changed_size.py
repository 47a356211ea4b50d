# RuntimeError: dictionary changed size during iteration (a new key in the loop's body).
d = {1: 1, 2: 2}
for k in d:
    print(k)
    d[k + 10] = 0
