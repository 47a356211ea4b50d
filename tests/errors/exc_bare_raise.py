# error: 6:5: error: a bare `raise` is not supported in kilopy yet: raise the exception class again (raise E)
# A bare raise in a handler.
try:
    x = 1 // 0
except ZeroDivisionError:
    raise
