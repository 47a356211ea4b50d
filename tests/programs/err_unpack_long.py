# a, b = xs with three elements: CPython's ValueError (too many values to unpack).
xs = [1, 2]
a, b = xs
print(a, b)
xs.append(3)
a, b = xs
print(a, b)
