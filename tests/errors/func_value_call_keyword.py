# error: 12:7: error: a call through a function value passes its arguments by position in kilopy: write f(a, b)
# a call through a function value with a keyword argument.
def relu(x):
    return x if x > 0 else 0


def step(x):
    return 1 if x >= 0 else 0


acts = [relu, step]
print(acts[0](x=3))
