# Function values beside names that shadow them, and a function replaced by a later def: each
# name means what CPython binds it to.
def relu(x):
    return x if x > 0 else 0


def apply(f, xs):
    return [f(x) for x in xs]


def shadow(relu, xs):
    return relu + apply(dbl, xs)[0]


def dbl(x):
    return 2 * x


def neg(x):
    return -x


def local(xs):
    neg = 5
    return apply(relu, xs), neg


def both(f, g, x):
    return f(g(x)), g(f(x)), f is g


act = neg
print(shadow(10, [3]), local([-2, 2]), apply(act, [1, -1]))
print(both(relu, neg, 4), both(neg, neg, 4), both(act, relu, -4))


def neg(x):
    return x * 10


print(apply(neg, [1]), act(1), both(act, neg, 2))
