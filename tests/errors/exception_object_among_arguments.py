# error: 11:24: error: an exception's argument (or an assert's message) that is a Pt object is not supported in kilopy: kilopy makes str(e) when the exception is made, CPython when it is shown (after any change to the argument, and running its __repr__ then): pass its text, str(x), or ints and strs
# An object among several exception arguments: CPython makes str(e) (running __repr__) when it
# shows the exception, kilopy when it makes it.
class Pt:
    def __init__(self, x):
        self.x = x
    def __repr__(self):
        return f"Pt({self.x})"

class E(Exception):
    def __init__(self, p, n):
        self.p = p

p = Pt(1)
try:
    raise E(p, 2)
except E as e:
    p.x = 5
    print(e)
