# error: 13:7: error: the exception 'e' is named outside the handler that binds it (CPython unbinds it when the handler ends): use another name there
# the bound exception object named after its handler (CPython unbinds it there)
class Bad(Exception):
    def __init__(self, code):
        super().__init__(f"bad {code}")
        self.code = code


try:
    raise Bad(3)
except Bad as e:
    print(e.code)
print(e)
