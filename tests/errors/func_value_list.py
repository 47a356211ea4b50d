# error: 11:9: error: a list, tuple or dict of functions (function 'relu' here) is supported in kilopy only as what a for loop or a comprehension iterates over, written there or through a name assigned it once (for act in (relu, step): ...): call the functions by name, or pick one with an int
# a list of functions indexed (it would hold numbers for the functions at run time).
def relu(x):
    return x if x > 0 else 0


def step(x):
    return 1 if x > 0 else 0


acts = [relu, step]
print(acts[1](2))
