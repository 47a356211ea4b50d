# Slices of lists and arrays: negative bounds and steps as CPython.
from array import array

xs = [0, 1, 2, 3, 4, 5, 6]
print(xs[2:5], xs[:3], xs[4:], xs[:], xs[-3:], xs[:-3], xs[-100:100])
print(xs[::-1], xs[::2], xs[1::3], xs[5:1:-1], xs[-1:-4:-1], xs[::-3], xs[6:0:-2])
print(xs[3:3], xs[5:2], xs[2:5:-1], xs[100:], xs[:-100], xs[::100], xs[::-100])
n = len(xs)
for step in range(-3, 4):
    if step != 0:
        print(step, xs[1:n - 1:step], xs[-2::step], xs[:2:step])
ys = xs[1:4]
ys[0] = 99
print(xs[1], ys)
e = [0] * 0
print(e[:], e[::-1], e[1:2])
a = array('b', [-5, 6, -7, 8])
print(a[1:3], a[::-1], a[5:])
h = array('h', [1000, -1000])
print(h[::-1] + h)
m = [[1], [2], [3]]
s = m[::2]
s[0].append(4)
print(m, s)
print([True, False, True][::-1], [1, 2, 3][None:2])


def tail(xs, k):
    return xs[-k:]


print(tail([3, 4, 5], 2), tail(xs, 1), tail(xs, 0))
print(xs[::0])
