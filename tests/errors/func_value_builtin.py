# error: 12:11: error: passing a function (one of relu, step) to abs() is not supported in kilopy: a function value is kept in names, fields, lists, tuples and dict values, passed, returned, called and compared with is, is not, == or !=; print a function's name as a string
# a function value passed to a builtin other than len, list, tuple, reversed, enumerate and zip.
def relu(x):
    return x if x > 0 else 0


def step(x):
    return 1 if x >= 0 else 0


act = relu if len("ab") > 1 else step
print(abs(act))
