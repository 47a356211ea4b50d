# error: 11:5: error: choosing function 'f' at run time (a conditional expression, and, or) is not supported in kilopy: call the functions in the branches (f(x) if c else g(x))
# a function chosen by a conditional expression (a value at run time).
def f():
    return 1


def g():
    return 2


h = f if len("ab") > 1 else g
print(h())
