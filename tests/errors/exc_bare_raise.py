# error: 4:5: error: a bare `raise` outside an 'except' block (or in a 'finally' block) is not supported in kilopy: raise an exception class (raise E)
# A bare raise with no exception being handled (CPython: RuntimeError).
def f():
    raise


try:
    x = 1 // 0
except ZeroDivisionError:
    f()
