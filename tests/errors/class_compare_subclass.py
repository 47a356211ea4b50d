# error: 15:13: error: comparing objects of a class that defines comparison methods is supported in kilopy only between objects of that one class (no base or subclass), or with an int or str
# a comparison method between a class and its subclass (CPython tries the subclass's reflected method first) is refused.
class Pt:
    def __init__(self, x):
        self.x = x

    def __eq__(self, other):
        return self.x == other.x


class Pt3(Pt):
    pass


print(Pt(1) == Pt3(1))
