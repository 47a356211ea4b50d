# error: 5:5: error: an exception class's __str__ is not supported in kilopy: str(e) is the message its __init__ gives super().__init__(...); define another method (def describe(self))
# __str__ of an exception class: str(e) is fixed at the raise in kilopy, CPython calls __str__ later
class Oops(Exception):
    """a failure"""
    def __str__(self):
        return "zz"


def check(v):
    if v > 3:
        raise Oops("m")
    return v


print(check(5))
