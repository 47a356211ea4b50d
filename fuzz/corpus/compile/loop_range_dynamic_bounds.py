# range bounds and steps computed at run time, including negative steps from variables.
def count(a, b, c):
    n = 0
    s = 0
    for i in range(a, b, c):
        n += 1
        s += i
    return n * 1000 + s

print(count(0, 10, 1), count(0, 10, 2), count(0, 10, 3), count(0, 10, 7), count(0, 10, 11))
print(count(10, 0, -1), count(10, 0, -2), count(10, 0, -3), count(10, -1, -5))
print(count(5, 5, 1), count(5, 5, -1), count(6, 5, 1), count(4, 5, -1))
print(count(-7, 7, 2), count(7, -7, -2), count(-1, -8, -3))
lo = 3
hi = 9
for i in range(hi, lo - 1, lo - hi):
    print(i)
step = -1
for i in range(hi - lo, 0, step):
    print(i, end=",")
print()
