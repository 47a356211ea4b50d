# pow(a, b, 0) is CPython's ValueError, after what was printed.
m = 5
print(pow(2, 3, m))
m -= 5
print(pow(2, 3, m))
