# list(range(a, b, 0)): CPython's ValueError.
k = 1
print(list(range(1, 5, k)))
k -= 1
print(list(range(1, 5, k)))
