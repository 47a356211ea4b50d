# error: 6:14: error: the exception 'e' can only be printed or formatted in kilopy (print(e), str(e), f"{e}"): its repr(), e.args and other uses are not supported
# a format spec or !r on a bound exception (CPython: TypeError for a spec, repr() for !r).
try:
    x = [1][2]
except IndexError as e:
    print(f"{e:>30}")
