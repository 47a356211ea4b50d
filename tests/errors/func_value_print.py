# error: 11:7: error: printing function 'relu' is not supported in kilopy (CPython shows its address): print its name as a string
# printing a function: CPython shows its address.
def relu(x):
    return x if x > 0 else 0


def step(x):
    return 1 if x > 0 else 0


print(relu)
