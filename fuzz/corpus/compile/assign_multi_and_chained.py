# Chained assignment a = b = 0, tuple assignment, swap, and right-hand side evaluated before binding.
a = b = c = 7
print(a, b, c)
a = 1
print(a, b, c)
x, y = 3, 4
print(x, y)
x, y = y, x
print(x, y)
x, y = x + y, x - y
print(x, y)
p, q, r = 1, 2, 3
p, q, r = r, p, q
print(p, q, r)
m = n = -1
m += 5
print(m, n)
f0, f1 = 0, 1
for i in range(15):
    f0, f1 = f1, f0 + f1
print(f0, f1)
t = u = True
u = False
print(t, u)
k = None
j = k
print(j, k)
