# error: 16:7: error: this call through a function value may call name(), which returns a string, or relu(), which returns an int: kilopy needs the functions a value may be to return one type
# a call through a function value whose functions return different types.
def relu(x):
    return x if x > 0 else 0


def step(x):
    return 1 if x >= 0 else 0


def name(x):
    return "n" + str(x)


acts = {"relu": relu, "name": name}
print(acts["relu"](3))
