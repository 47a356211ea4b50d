# error: 6:5: error: the special method __eq__ is not supported in kilopy (of the special methods only __init__, __str__ and __repr__ are)
# special methods other than __init__ are refused.
class C:
    def __init__(self):
        self.n = 0
    def __eq__(self, other):
        return True

print(C().n)
