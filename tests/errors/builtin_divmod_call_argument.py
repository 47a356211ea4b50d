# error: 8:14: error: a divmod() argument that calls a function is not supported in kilopy: assign it to a variable first
# divmod() of a call inside an expression (not assigned or returned whole): the arguments
# would be evaluated twice, so they must not call.
def f():
    return 7


print(divmod(f(), 2))
