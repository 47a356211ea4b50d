# error: 10:11: error: the exception 'e' can only be printed or formatted in kilopy (print(e), str(e), f"{e}"): its repr(), e.args and other uses are not supported
# the name bound by `as` used other than as a print() argument.
class Oops(Exception):
    pass


try:
    raise Oops("x")
except Oops as e:
    msg = e
