# error: 12:7: error: passing a list[function] to print() is not supported in kilopy: a function value is kept in names, fields, lists, tuples and dict values, passed, returned, called and compared with is, is not, == or !=; print a function's name as a string
# printing a list of functions (CPython shows their addresses).
def relu(x):
    return x if x > 0 else 0


def step(x):
    return 1 if x >= 0 else 0


acts = [relu, step]
print(acts)
