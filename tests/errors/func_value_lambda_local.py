# error: 8:18: error: this lambda reads 'k', a variable of the function or comprehension it is written in: kilopy's lambdas read only their parameters and module-level names; pass k as a parameter, or define a function with def
# a lambda argument reading a variable of the function it is written in (a closure).
def apply(f, xs):
    return [f(x) for x in xs]


def scale(xs, k):
    return apply(lambda v: v * k, xs)


print(scale([1, 2], 3))
