# error: 9:9: error: 'step' is a variable, not a function: it is assigned in this function, which makes it a local variable here that hides the function step(); rename the variable
# A function that assigns a name calls it: the name is its local (CPython: UnboundLocalError).
def step(x):
    return x + 1


def g(n):
    total = 0
    r = step(n)
    step = 3
    return r + step + total


print(g(1))
