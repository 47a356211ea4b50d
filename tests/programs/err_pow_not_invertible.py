# pow(a, -b, m) with no inverse of a modulo m: CPython's ValueError.
print(pow(3, -1, 10), pow(7, -2, 10))
print(pow(4, -1, 10))
