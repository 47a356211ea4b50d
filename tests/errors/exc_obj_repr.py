# error: 12:16: error: repr(e) is not supported in kilopy yet: for an exception raised with one str message, CPython's repr(e) is type(e).__name__ + "(" + repr(str(e)) + ")" (for a KeyError, whose str() is its key's repr: str(e) for repr(str(e)))
# repr() of an exception object
class Bad(Exception):
    def __init__(self, code):
        super().__init__(f"bad {code}")
        self.code = code


try:
    raise Bad(3)
except Bad as e:
    print(repr(e))
