# error: 17:23: error: 'e' is bound again inside a handler that binds it, and one of them binds an exception object: kilopy needs another name here
# a handler inside a handler binding the same name, where a nested function reads the name (kept whole)
class Bad(Exception):
    def __init__(self, code):
        super().__init__(f"bad {code}")
        self.code = code


def run():
    def show(k):
        return e.code + k
    try:
        raise Bad(3)
    except Bad as e:
        try:
            raise Bad(4)
        except Bad as e:
            print(e.code)


run()
