# error: 12:4: error: the truth of a function value is not supported in kilopy (CPython's is always true): compare it with is or == to a function
# the truth of a function value (CPython's is always true; its tag may be 0).
def relu(x):
    return x if x > 0 else 0


def step(x):
    return 1 if x >= 0 else 0


act = relu if len("ab") > 1 else step
if act:
    print(act(2))
