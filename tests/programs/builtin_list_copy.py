# list(xs): a new list (of an array: a list of ints); list() is [] of an inferred type.
from array import array

xs = [1, 2, 3]
ys = list(xs)
ys.append(4)
ys[0] = 10
print(xs, ys, list(xs) == xs, list(xs) is None)
a = array('b', [-1, 2])
la = list(a)
la.append(300)
print(a, la)
ll = [[1], [2, 3]]
copy = list(ll)
copy[1].append(4)
copy.append([5])
print(ll, copy)
e = list()
e.append(True)
print(e, list(e), list([0] * 0), list(array('h', [0] * 0)))
f = list()
for i in range(3):
    f.append(i * i)
print(f, len(list(f)))
