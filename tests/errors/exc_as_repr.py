# error: 6:16: error: the exception 'e' can only be printed or formatted in kilopy (print(e), str(e), f"{e}"): its repr(), e.args and other uses are not supported
# repr() of a bound exception (CPython's is ZeroDivisionError('...')).
try:
    x = 1 // 0
except ZeroDivisionError as e:
    print(repr(e))
