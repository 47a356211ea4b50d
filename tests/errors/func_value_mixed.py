# error: 11:15: error: this list would hold an int here and a function (relu) before it: kilopy lists hold one type
# a list holding a function and an int.
def relu(x):
    return x if x > 0 else 0


def step(x):
    return 1 if x >= 0 else 0


acts = [relu, 3]
print(acts[0](1))
