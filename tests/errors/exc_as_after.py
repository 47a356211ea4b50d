# error: 11:7: error: the exception 'e' is read outside the handler that binds it (CPython unbinds it when the handler ends): keep str(e) in a variable there
# the name bound by `as` printed after its handler (CPython has unbound it).
class Oops(Exception):
    pass


try:
    raise Oops("x")
except Oops as e:
    pass
print(e)
