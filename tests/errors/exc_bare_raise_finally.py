# error: 7:9: error: a bare `raise` outside an 'except' block (or in a 'finally' block) is not supported in kilopy: raise an exception class (raise E)
# A bare raise in a finally block (no exception on its normal path).
try:
    x = 1
finally:
    if x:
        raise
