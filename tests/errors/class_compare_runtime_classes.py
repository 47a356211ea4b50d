# error: 17:14: error: comparing these objects is not supported in kilopy: which comparison method CPython calls depends on their classes at run time (a subclass object on the right has its reflected method tried first); compare objects of one class, or compare their fields
# a comparison whose method depends on the classes the objects turn out to be at run time:
# pts[1] may be a Pt3, whose __eq__ CPython tries first, or a Pt, whose __eq__ is the left's.
class Pt:
    def __init__(self, x):
        self.x = x

    def __eq__(self, other):
        return self.x == other.x


class Pt3(Pt):
    pass


pts = [Pt(1), Pt3(1)]
print(pts[0] == pts[1])
