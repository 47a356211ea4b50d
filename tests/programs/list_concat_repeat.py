# list + list, list * n, n * list, xs *= n (in place: aliases see it).
from array import array

a = [1, 2]
b = a + [3]
print(a, b, a + a, [] + a, a + [0] * 0)
print(a * 3, 3 * a, a * 0, a * -2, 2 * [True])
c = a
a *= 2
print(c, a == c)
a *= 1
print(c)
a *= 0
print(a, c)
m = [[0]] * 2
m[0].append(1)
print(m, m + [[5]])
t = array('b', [1, -2])
print(t + t, t * 2, 2 * t)
u = t
t *= 3
print(u)
t += t
print(len(u))


def pair(x, y):
    return [x] + [y]


print(pair(4, 5) + pair(6, 7), pair(1, 2) * 2)
