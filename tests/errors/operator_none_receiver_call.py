# error: 24:12: error: kilopy tests 'a' (a V object or None) for None before it evaluates this operand, where CPython evaluates it first: assign it to a name first
# an operator method on an object that may be None, whose other operand is a call: CPython
# evaluates the call before its TypeError for None.
class V:
    def __init__(self, x):
        self.x = x

    def __add__(self, o):
        return V(self.x + o.x)


def get(i):
    if i > 0:
        return V(i)
    return None


def mk():
    print("right operand evaluated")
    return V(1)


a = get(0)
print((a + mk()).x)
