# error: 11:7: error: the exception 'e' can only be printed in kilopy (print(e)), in the handler that binds it
# the name bound by `as` printed after its handler (CPython has unbound it).
class Oops(Exception):
    pass


try:
    raise Oops("x")
except Oops as e:
    pass
print(e)
