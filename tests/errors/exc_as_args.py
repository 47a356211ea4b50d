# error: 6:11: error: e.args (the exception's arguments as a tuple) is not supported in kilopy yet: print(e) and str(e) give CPython's str(e), the message, or the text of the arguments' tuple when it was raised with several; keep the values you need in variables before the raise
# e.args of a bound exception.
try:
    x = int("x")
except ValueError as e:
    print(e.args)
