# error: 12:11: error: e.args (the exception's arguments as a tuple) is not supported in kilopy yet: print(e) and str(e) give CPython's str(e), the message, or the text of the arguments' tuple when it was raised with several; keep the values you need in variables before the raise
# e.args of an exception object
class Bad(Exception):
    def __init__(self, code):
        super().__init__(f"bad {code}")
        self.code = code


try:
    raise Bad(3)
except Bad as e:
    print(e.args[0])
