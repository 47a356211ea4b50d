# error: 14:19: error: 'e' is bound again inside a handler that binds it, and one of them binds an exception object: kilopy needs another name here
# a handler inside a handler binding the same name (the outer e is unbound after it)
class Bad(Exception):
    def __init__(self, code):
        super().__init__(f"bad {code}")
        self.code = code


try:
    raise Bad(3)
except Bad as e:
    try:
        raise Bad(4)
    except Bad as e:
        print(e.code)
