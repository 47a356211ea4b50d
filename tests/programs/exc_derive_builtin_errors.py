# Classes derived from IndexError, ZeroDivisionError, RuntimeError and TypeError, caught beside
# the VM's own errors of those classes, by tuples of classes and by their ancestors.
class EmptyBatch(IndexError):
    pass


class BadRate(ZeroDivisionError):
    pass


class Diverged(RuntimeError):
    def __init__(self, step, loss):
        super().__init__(f"diverged at step {step}: loss {loss}")
        self.step = step


class WrongKind(TypeError):
    pass


def rate(total, n):
    if n < 0:
        raise BadRate("negative count")
    return total // n


def first(xs):
    if not xs:
        raise EmptyBatch("empty batch")
    return xs[0]


def train(steps):
    loss = 1
    for s in range(steps):
        loss *= 3
        if loss > 200:
            raise Diverged(s, loss)
    return loss


for n in [4, 0, -1]:
    try:
        print(rate(20, n))
    except ArithmeticError as e:
        print(type(e).__name__, e)

for xs in [[5, 6], [], [1]]:
    try:
        print(first(xs), xs[1])
    except LookupError as e:
        print("lookup", type(e).__name__, e)

for k in [3, 9]:
    try:
        print("loss", train(k))
    except Diverged as d:
        print("step", d.step, d)

for v in [1, -2]:
    try:
        if v < 0:
            raise WrongKind("no negatives")
        print("int", v)
    except (ValueError, TypeError) as e:
        print("caught", type(e).__name__, e)

try:
    train(10)
except RuntimeError as e:
    print("runtime:", e)
first([])
