# d[k] = v with d a dict or None: CPython's TypeError for None (the value is evaluated first).
def start(n):
    return {} if n > 0 else None


def fill(d, n):
    for i in range(n):
        d[i] = i * i
    return d


print(fill(start(3), 3))
print("storing")
print(fill(start(0), 2))
