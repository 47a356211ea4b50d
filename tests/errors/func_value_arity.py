# error: 18:7: error: this call through a function value passes 1 argument, but the value may be add(), which takes 2 parameters: kilopy calls the functions a value may be with exactly their parameters (no defaults, no keywords)
# a call through a function value whose set holds a function taking other parameters.
def relu(x):
    return x if x > 0 else 0


def step(x):
    return 1 if x >= 0 else 0


def add(a, b):
    return a + b


acts = [relu, step]
if len("ab") > 5:
    acts = [add]
print(acts[0](1))
