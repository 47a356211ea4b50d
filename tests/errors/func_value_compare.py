# error: 11:7: error: kilopy compares functions only with is, is not, == and != between two functions (function 'relu' here): compare the names you call them by
# ordering functions.
def relu(x):
    return x if x > 0 else 0


def step(x):
    return 1 if x > 0 else 0


print(relu < step)
