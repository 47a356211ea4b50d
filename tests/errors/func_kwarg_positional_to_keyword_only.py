# error: 6:7: error: step() takes 2 positional arguments but 3 were given
# a keyword-only parameter passed by position.
def step(w, x, *, lr=1):
    return w + lr * x

print(step(1, 2, 3))
