# error: 11:7: error: assigning function 'relu' is supported in kilopy only as `g = relu` at module level, after its def, with g assigned once and not read before: call 'relu(...)' where you use it
# a name assigned two functions.
def relu(x):
    return x if x > 0 else 0


def step(x):
    return 1 if x > 0 else 0


act = relu
act = step
print(act(2))
