# sum(xs, start): start first, then each element, as CPython adds them.
from array import array

xs = [3, -1, 4]
print(sum(xs, 10), sum(xs, -6), sum(xs, 0) == sum(xs), sum([0] * 0, 7))
bs = [True, True, False]
print(sum(bs, 1), sum([True, True, False], True), sum([True], False))
print(sum(array('h', [1000, 2000]), -3000), sum(array('b', [0] * 0), 5))


def total(v, s):
    return sum(v, s * 2)


print(total(xs, 5), total([1, 2], -1))
print(sum([32767], -1), sum([-32767, 1], -1))
