# Nested functions: closures over the outer function's variables (read at each call), lists they
# change, recursion, a nested lambda, helpers calling helpers.
def train(data, lr=2):
    w = [0, 0]
    steps = 0

    def predict(x):
        s = w[0] * x[0] + w[1] * x[1]
        return 1 if s > 0 else 0

    def update(x, err):
        for i in range(2):
            w[i] += lr * err * x[i]

    def epoch():
        errs = 0
        for x, y in data:
            e = y - predict(x)
            if e:
                update(x, e)
                errs += 1
        return errs

    for k in range(5):
        n = epoch()
        steps += 1
        print("epoch", k, "errors", n, w)
        if n == 0:
            break
    square = lambda v: v * v
    return [predict(x) for x, _ in data], steps, square(steps)


def fact(n):
    def go(k, acc):
        return acc if k <= 1 else go(k - 1, acc * k)
    return go(n, 1)


print(train([([1, 1], 1), ([2, -3], 0), ([-1, 2], 1), ([3, 1], 1)]))
print(fact(7))


class Scaler:
    def __init__(self, k):
        self.k = k

    def apply(self, xs):
        k = self.k

        def one(v):
            return v * k + self.k
        out = [one(v) for v in xs]
        k = 0
        out.append(one(5))
        return out


print(Scaler(3).apply([1, 2, 3]))


def outer(n):
    def inner(d):
        return 100 // d
    total = 0
    for i in range(n, -1, -1):
        total += inner(i)
    return total


print(outer(3))
