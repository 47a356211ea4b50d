# error: 11:16: error: map() is not supported in kilopy: write a list comprehension, [relu(x) for x in xs]
# map() of a function.
def relu(x):
    return x if x > 0 else 0


def step(x):
    return 1 if x > 0 else 0


print(list(map(relu, [1, -1])))
