# error: 10:11: error: the exception 'e' can only be printed in kilopy (print(e)), in the handler that binds it
# the name bound by `as` used other than as a print() argument.
class Oops(Exception):
    pass


try:
    raise Oops("x")
except Oops as e:
    msg = e
