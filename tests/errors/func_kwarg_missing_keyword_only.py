# error: 6:7: error: step() missing 1 required keyword-only argument: 'lr'
# a keyword-only parameter without a default, not passed.
def step(w, x, *, lr):
    return w + lr * x

print(step(1, 2))
