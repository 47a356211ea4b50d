# Nested functions and lambdas used as values (returned, stored, passed) are closures, as in
# CPython: each reads the outer variables it was made with; a nonlocal counter is shared.

def make_counter(start):
    count = start

    def inc(step=1):
        nonlocal count
        count += step
        return count
    return inc


def make_scaler(k, offset):
    def scale(x):
        return x * k + offset
    return scale


c = make_counter(10)
print(c(), c(), c(5))
s = make_scaler(3, 1)
print(s(2), [s(v) for v in range(3)])


class Model:
    def __init__(self, w):
        self.w = w

    def predictor(self, bias):
        def predict(x):
            return self.w * x + bias
        return predict

    def total(self):
        return self.w * 2


def make_adder(n):
    return lambda x: x + n


def compose(k):
    def twice(x):
        return x * 2 + k
    results = []
    for v in range(3):
        results.append(twice(v))
    return twice, results


def apply_all(fs, x):
    return [f(x) for f in fs]


m = Model(3)
p = m.predictor(1)
print(p(2), m.total())
add5 = make_adder(5)
print(add5(1), add5(10))
t, rs = compose(1)
print(t(5), rs)
print(apply_all([make_adder(1), make_adder(2)], 10))


def counter():
    n = 0

    def step():
        nonlocal n
        n += 1
        return n
    step()
    step()
    return step, n


st, before = counter()
print(st(), before)


def make_counter0():
    count = 0

    def inc():
        nonlocal count
        count += 1
        return count
    return inc


def make_logger(prefix):
    lines = []

    def log(msg, level=1):
        lines.append(prefix + ":" + msg)
        if level > 2:
            raise ValueError("level " + str(level) + " too high for " + prefix)
        return len(lines)
    return log, lines


def apply(f, values):
    return [f(v) for v in values]


def threshold(limit):
    return lambda v: 1 if v >= limit else 0


a = make_counter0()
b = make_counter0()
print(a(), a(), b(), a())
log, lines = make_logger("net")
print(log("start"), log("epoch 1"), lines)
print(apply(threshold(3), [1, 3, 5]), apply(threshold(5), [1, 3, 5]))
try:
    log("boom", 3)
except ValueError as e:
    print("ValueError:", e, lines)


def scale_all(xs, k):
    return apply(lambda v: v * k, xs)


print(scale_all([1, 2], 3))
log("end", level=5)
