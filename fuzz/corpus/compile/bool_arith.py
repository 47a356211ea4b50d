# Bools in arithmetic: True + 1, True * 5, -True, ~False, +True, True // True, abs(True), bool ** int.
print(True, False)
print(True + 1, True + True, False + False, True - True)
print(True * 5, False * 5, 5 * True)
print(-True, -False, +True, +False, ~True, ~False)
print(True // True, True % 2, 7 // True, 7 % True)
print(True ** 2, 2 ** True, 2 ** False, False ** 0)
print(True << 3, True >> 1, 8 >> True)
print(abs(True), abs(False), abs(-True))
t = True
f = False
n = t + t + t
print(n, t * 10 - f, (t + f) * 100)
count = 0
for i in range(10):
    count += i % 3 == 0
print(count)
print((3 > 2) + (2 > 3) + (1 == 1))
