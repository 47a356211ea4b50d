# error: 6:5: error: the special method __len__ is not supported in kilopy (of the special methods only __init__, __str__, __repr__, __call__, __eq__, __ne__, __lt__, __le__, __gt__, __ge__, __add__, __sub__ and __mul__ are)
# special methods other than __init__ are refused.
class C:
    def __init__(self):
        self.n = 0
    def __len__(self):
        return 0

print(C().n)
