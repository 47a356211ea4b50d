# error: 14:7: error: name 'e' has no value here: an `except ... as e` before it unbinds e when its handler ends, as CPython does; assign e again first, or name the exception differently
# a variable e that the handler's `as e` unbinds, read after the handler on every path
class Bad(Exception):
    def __init__(self, code):
        super().__init__(f"bad {code}")
        self.code = code


e = 1
try:
    raise Bad(3)
except Bad as e:
    print(e.code)
print(e)
