# Functions passed as arguments, as defaults and through a name: each call through one is a
# direct call of a copy of the function it is passed to (docs/language.md, Functions).
def relu(x):
    return x if x > 0 else 0


def step(x):
    return 1 if x > 0 else 0


def apply(f, xs):
    return [f(x) for x in xs]


def train(xs, act=relu):
    return sum(act(x) for x in xs)


def twice(g, x, *, then=step):
    return then(g(g(x)))


def chain(f, xs):
    if not xs:
        return 0
    return f(xs[0]) + chain(f, xs[1:])


def outer(act, xs):
    def inner(v):
        return act(v) * 2
    return apply(act, xs), [inner(v) for v in xs]


def pick(f):
    return f is relu, f == step, f is not step


print(apply(relu, [-1, 2]), apply(step, [-1, 2]), train([1, -2, 3]), train([1, 2], act=step))
print(twice(relu, -3), twice(relu, 4, then=relu), twice(g=step, x=5))
print(chain(relu, [3, -1, 4]), chain(step, [3, -1, 4]), outer(step, [-2, 7]))
print(pick(relu), pick(step), relu is step, relu == relu)
f = step
print(f(5), apply(f, [0, 9]), train([4, -4], f))
