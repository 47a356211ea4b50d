# error: 6:5: error: the special method __iter__ is not supported in kilopy (of the special methods only __init__, __str__, __repr__, __call__, __eq__, __ne__, __lt__, __le__, __gt__, __ge__, __add__, __sub__, __mul__, __floordiv__, __mod__, __neg__, __abs__, __len__, __bool__, __getitem__, __setitem__ and __contains__ are)
# special methods other than those kilopy lowers (here __iter__) are refused.
class C:
    def __init__(self):
        self.xs = [1, 2]
    def __iter__(self):
        return iter(self.xs)

print(C().xs)
