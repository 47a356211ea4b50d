# error: 12:16: error: formatting a function (one of relu, step) is not supported in kilopy: a function value is kept in names, fields, lists, tuples and dict values, passed, returned, called and compared with is, is not, == or !=; print a function's name as a string
# formatting a function value into a str (CPython shows its address).
def relu(x):
    return x if x > 0 else 0


def step(x):
    return 1 if x >= 0 else 0


act = relu if len("ab") > 1 else step
print(f"using {act}")
