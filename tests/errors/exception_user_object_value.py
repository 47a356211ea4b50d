# error: 7:7: error: an exception object as a value is not supported in kilopy: raise Oops(...) where it is made (`raise Oops(msg)`, the message in a str variable if need be)
# An object of the program's own exception class kept in a variable: raised where it is made only.
class Oops(Exception):
    pass


err = Oops("bad")
raise err
