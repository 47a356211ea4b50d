# error: 7:15: error: a divmod() argument that calls a function is not supported in kilopy: assign it to a variable first
# divmod() of a call: the arguments are evaluated twice, so they must not call.
def f():
    return 7


q, r = divmod(f(), 2)
