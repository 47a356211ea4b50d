# Variables and parameters named like builtins (sum = 0, def f(list, max=10)), as CPython: the
# builtin stays what every other scope calls; keyword arguments reach such parameters.
from dataclasses import dataclass


@dataclass
class Box:
    min: int
    max: int


class Stats:
    def __init__(self, list, max=10):
        self.items = list
        self.cap = max

    def total(self, sum=0):
        for x in self.items:
            sum += x
        return sum


def clip(v, min=0, max=100):
    if v < min:
        return min
    if v > max:
        return max
    return v


def average(list):
    sum = 0
    for x in list:
        sum += x
    return sum // len(list)


def longest(words):
    max = 0
    best = ""
    for w in words:
        if len(w) > max:
            max = len(w)
            best = w
    return best, max


def outer(n):
    sum = n * 2

    def inner(k):
        return sum + k
    return inner(3)


count = 0
def bump():
    global max
    max = count + 5


sum = 0
for v in [3, 4, 5]:
    sum += v
print(sum, min(2, 3), min(4, 9))
print(clip(150), clip(-5, min=-3), clip(50, max=40), clip(7, max=9, min=8))
print(average([1, 2, 3, 4]))
print(longest(["a", "abc", "ab"]))
s = Stats([1, 2, 3], max=4)
print(s.total(), s.total(sum=10), s.cap)
b = Box(min=1, max=5)
print(b, b.max - b.min)
print(outer(5))
bump()
print(max)
print([sum for sum in range(3)], sum)
for abs in range(2):
    print(abs)
print("{max}-{min}".format(max=3, min=1))
key = lambda list: len(list)
print(key([1, 2]), sorted([[1, 2, 3], [4]], key=key))
pairs = [(2, "b"), (1, "a")]
for round, name in sorted(pairs):
    print(round, name)
def g(str="x", int=3):
    return str * int
print(g(), g(int=2), g(str="ab"))


def scores(*, max=3):
    return max


def tail(a, /, max):
    return a + max


def walrus():
    if (max := 3) > 2:
        return max
    return 0


def squares(xs):
    return [len * len for len in xs], len(xs)


def rebind():
    list = [1]

    def inner():
        nonlocal list
        list = [2, 3]
    inner()
    return list


try:
    print(1 // 0)
except ZeroDivisionError as str:
    print("caught")
print(scores(), scores(max=4), tail(1, max=4), walrus(), squares([2, 3]), rebind())


class Limits:
    sum = 3  # a class constant: the class's name, whatever the module binds

    def both(self):
        return self.sum + Limits.sum


print(Limits().both(), sum)
