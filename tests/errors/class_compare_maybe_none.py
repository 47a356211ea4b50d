# error: 16:13: error: comparing an object that may be None with a class's comparison method is not supported in kilopy (it would be called on None): test it first (x is not None and x == y), compare the fields (x.f == y.f), or keep None out of that name
# a comparison method on an object that may be None, with no test that it is not None, is refused.
class Pt:
    def __init__(self, x):
        self.x = x

    def __eq__(self, other):
        return self.x == other.x


a = Pt(1)
found = None
for p in [Pt(2), Pt(1)]:
    if p == a:
        found = p
print(found == a)
