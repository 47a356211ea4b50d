# error: 13:11: error: comparing a list[Pt] with a list[Pt] is not supported in kilopy (its class defines __eq__, which CPython would call for each element)
# == of two lists of objects whose class defines __eq__ (CPython calls it per element) is refused
# (x in xs loops, calling it: tests/programs/list_eq_membership.py).
class Pt:
    def __init__(self, x):
        self.x = x

    def __eq__(self, other):
        return self.x == other.x


pts = [Pt(1), Pt(2)]
print(pts == [Pt(1), Pt(2)])
