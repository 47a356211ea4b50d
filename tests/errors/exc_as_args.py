# error: 6:11: error: the exception 'e' can only be printed or formatted in kilopy (print(e), str(e), f"{e}"): its repr(), e.args and other uses are not supported
# e.args of a bound exception.
try:
    x = int("x")
except ValueError as e:
    print(e.args)
