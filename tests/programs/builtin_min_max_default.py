# min(xs, default=d) and max(xs, default=d): d only when xs is empty; arrays and bools too.
from array import array

xs = [4, -2, 9]
e = [0] * 0
print(min(xs, default=0), max(xs, default=0), min(e, default=-1), max(e, default=7))
bs = [True, False]
print(min(bs, default=True), max([False] * 0, default=True))
print(min(array('h', [300, -300]), default=5), max(array('b', [0] * 0), default=-128))


def peak(v, d):
    return max(v, default=d * 2)


print(peak(xs, 1), peak(e, -3), peak([5], 100))
calls = [0]


def tick():
    calls.append(1)
    return 0


print(max(xs, default=tick()), min(e, default=tick()), len(calls))
