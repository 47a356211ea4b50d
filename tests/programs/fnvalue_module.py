# kilopy: path=../modules
# Function values of an imported module in a list and fields (swapped between objects).
import fnvalue_acts as acts
from fnvalue_acts import half


def local(x):
    return x - 1


chosen = [acts.TABLE["double"], half, local, acts.double]
print([f(10) for f in chosen], chosen[0] is acts.double, chosen[1] == acts.half)

class Op:
    def __init__(self, f):
        self.f = f

    def run(self, x):
        return self.f(x)

    def swap(self, other):
        t = self.f
        self.f = other.f
        other.f = t


a = Op(local)
b = Op(acts.TABLE["half"])
print(a.run(9), b.run(9))
a.swap(b)
print(a.run(9), b.run(9))
