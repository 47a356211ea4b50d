# error: 8:10: error: formatting a list[P] is not supported in kilopy: format its objects one by one (with __repr__ or __str__ defined, or their fields)
# an f-string field holding a list of objects is refused, in print() too (CPython calls each __repr__).
class P:
    def __init__(self, x: int):
        self.x = x
    def __repr__(self):
        return "P(" + str(self.x) + ")"
print(f"{[P(1)]}")
