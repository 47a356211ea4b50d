# error: 7:29: error: a lambda inside a lambda is not supported in kilopy: define the outer one with def
# a lambda argument inside a lambda (its body would read the outer lambda's parameter).
def apply(f, xs):
    return [f(x) for x in xs]


print(apply(lambda v: apply(lambda u: u + v, [1]), [2]))
