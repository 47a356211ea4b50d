# index, count and remove: the first equal element, values compared with ==.
from array import array

xs = [4, 7, 4, 1, 4]
print(xs.index(4), xs.index(1), xs.index(-xs[0] + 8), xs.count(4), xs.count(9))
xs.remove(4)
print(xs)
xs.remove(4)
xs.remove(1)
print(xs, xs.count(4))
bs = [False, True, True]
print(bs.index(True), bs.count(True), bs.count(1), [0, 1].index(True))
bs.remove(True)
print(bs)
m = [[1, 2], [3], [1, 2]]
print(m.count([1, 2]), m.count([]), m.count(m[1]))
m.remove([1, 2])
print(m)
a = array('B', [200, 3, 200])
print(a.index(200), a.count(200), a.count(-1))
a.remove(200)
print(a)
e = [0] * 0
print(e.count(0))


def find(xs, v):
    return xs.index(v)


print(find([9, 8], 8))
print(find(xs, 5))
