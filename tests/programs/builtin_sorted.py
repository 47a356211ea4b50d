# sorted(xs) and sorted(xs, reverse=True): a new list; lists of ints and bools, arrays.
from array import array

xs = [5, -3, 9, 0, -3, 7, 1]
s = sorted(xs)
s.append(100)
print(s, xs, sorted(xs, reverse=True), sorted(xs, reverse=False))
print(sorted([0] * 0), sorted([42]), sorted([2, 1]), sorted([1, 2], reverse=True))
bs = [True, False, True, False]
print(sorted(bs), sorted(bs, reverse=True))
a = array('b', [3, -128, 127, 0])
h = array('h', [-300, 300, 0])
print(sorted(a), sorted(h, reverse=True), sorted(array('B', [200, 1, 255])))
print(sorted([-32768, 32767, 0, -1]))
n = sorted(xs)
n[0] = 50
print(sorted(n) == sorted(xs), sorted(sorted(n), reverse=True))


def median(v):
    w = sorted(v)
    return w[len(w) // 2]


print(median([9, 1, 8, 2, 7]), median([4, 4, 1]), sorted(array('h', [4, 4, 1])))
