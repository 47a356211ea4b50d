# a, b, *c = xs with fewer than two elements: CPython's ValueError (expected at least 2).
xs = [1, 2, 3]
while xs:
    a, b, *c = xs
    print(a, b, c)
    xs.pop()
