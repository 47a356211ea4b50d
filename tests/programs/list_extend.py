# extend, += and their aliasing: b = a; a += [1] changes b; xs.extend(xs) appends a copy.
from array import array


def grow(xs, ys):
    xs.extend(ys)
    return len(xs)


a = [1, 2]
b = a
a += [3]
print(a, b, a == b)
a.extend(a)
print(a, len(b))
a += a
print(len(a), b[-3:])
e = [0] * 0
e.extend([])
e += []
print(e, grow(e, [7]), e)
print(grow(b, [8, 9]), a[-2:])
m = [[1], [2]]
m.extend(m)
m[0].append(5)
print(m)
n = [4]
n += array('b', [-1, 2])
print(n)
w = array('h', [300])
w.extend([-5, 6])
w.extend(w)
w += array('h', [7])
print(w, len(w))
f = [True]
f += [False, True]
print(f)


def total(xs):
    xs += [len(xs)]
    return sum(xs)


c = [5, 5]
print(total(c), total(c), c)
