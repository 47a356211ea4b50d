# Lambdas passed as arguments (by position or keyword) are anonymous defs: each call through
# one is a direct call (a default too); they read module-level names when they run, as CPython's do.
def apply(f, xs):
    return [f(x) for x in xs]


def fold(f, xs, start=0):
    acc = start
    for x in xs:
        acc = f(acc, x)
    return acc


def train(xs, act=None, loss=lambda y: y * y):
    return sum(loss(act(x)) for x in xs)


SCALE = 3


def scaled(xs):
    return apply(lambda v: v * SCALE, xs)


print(apply(lambda v: v * 2, [1, -2]), fold(lambda a, b: a * 10 + b, [1, 2, 3]))
print(train([1, -2], act=lambda v: v + 1), train([3], lambda v: v, loss=lambda y: -y))
for SCALE in range(2):
    print(scaled([5, 6]), fold(lambda a, b: a + b * SCALE, [1, 1], start=100))
