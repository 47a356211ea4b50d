# a[i], a[j] = a[j], a[i]: every value first, then the stores left to right.
a = [5, 1, 4, 2, 3]
a[0], a[4] = a[4], a[0]
print(a)
i = 1
a[i], i = 9, 3
print(a, i)
i, a[i] = 0, 8
print(a, i)
n = len(a)
for k in range(n):
    for j in range(n - 1 - k):
        if a[j] > a[j + 1]:
            a[j], a[j + 1] = a[j + 1], a[j]
print(a)
m = [[1, 2], [3, 4]]
m[0][1], m[1][0] = m[1][0], m[0][1]
print(m)
m[0], m[1] = m[1], m[0]
print(m)
a[-1], a[-2] = a[-2], a[-1]
print(a)
a[0], a[9] = 1, 2
