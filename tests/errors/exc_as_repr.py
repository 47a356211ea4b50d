# error: 6:16: error: repr(e) is not supported in kilopy yet: for an exception raised with one str message, CPython's repr(e) is type(e).__name__ + "(" + repr(str(e)) + ")" (for a KeyError, whose str() is its key's repr: str(e) for repr(str(e)))
# repr() of a bound exception (CPython's is ZeroDivisionError('...')).
try:
    x = 1 // 0
except ZeroDivisionError as e:
    print(repr(e))
