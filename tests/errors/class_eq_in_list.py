# error: 12:13: error: comparing a Pt object with a list[Pt] is not supported in kilopy (its class defines __eq__, which CPython would call for each element)
# x in xs with a class that defines __eq__ (CPython calls it per element) is refused.
class Pt:
    def __init__(self, x):
        self.x = x

    def __eq__(self, other):
        return self.x == other.x


pts = [Pt(1), Pt(2)]
print(Pt(1) in pts)
