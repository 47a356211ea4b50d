# A default written with int constants assigned above the def: CPython evaluates it once, when
# the def runs, so it is the constants' value then.
Q = 8
ONE = 1 << Q
HALF = ONE // 2
LIMIT = -(ONE * 4) + 1


def scale(x, lr=ONE // 8, bias=-HALF, mask=~0 ^ 0xF):
    return x * lr // ONE + bias, mask


class Model:
    def __init__(self, n, rate=HALF + 1, floor=LIMIT % 7):
        self.w = [0] * n
        self.rate = rate
        self.floor = floor


print(scale(100), scale(100, 64), scale(3, bias=2))
m = Model(2)
print(m.rate, m.floor, Model(1, 5).rate)
