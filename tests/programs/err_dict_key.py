# KeyError: 7, as CPython shows the missing key.
d = {1: 10}
print(d[1])
print(d.get(7, 0))
print(d[7])
