# error: 8:9: error: the text of a list[P] is not supported in kilopy: format its objects one by one (with __repr__ or __str__ defined, or their fields)
# str() of a list of objects is refused (CPython calls each object's __repr__).
class P:
    def __init__(self, x: int):
        self.x = x
    def __repr__(self):
        return "P(" + str(self.x) + ")"
s = str([P(1), P(2)])
