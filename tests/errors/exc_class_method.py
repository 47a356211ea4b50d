# error: 6:5: error: an exception class has no methods in kilopy: define '__str__' as a function
# a method of an exception class that only a raise names (CPython would print "zz"; dropping the
# method would print "m").
class Oops(Exception):
    """a failure"""
    def __str__(self):
        return "zz"


def check(v):
    if v > 3:
        raise Oops("m")
    return v


print(check(5))
