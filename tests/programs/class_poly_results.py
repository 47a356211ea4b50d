# Overrides returning lists of objects of two classes (their fields widen to the base class),
# print() of a value that may be None through __str__ or __repr__ of the object's class, and a
# receiver read once, before an argument rebinds its global.
class Item:
    def __init__(self, v):
        self.v = v
    def show(self):
        return self.v
class Flag(Item):
    def show(self):
        return -self.v
class Box:
    def __init__(self):
        self.items = [Item(1)]
    def contents(self):
        return self.items
    def __repr__(self):
        return "Box"
class FlagBox(Box):
    def __init__(self):
        super().__init__()
        self.flags = [Flag(2)]
    def contents(self):
        return self.flags
    def __str__(self):
        return "FlagBox" + str(len(self.flags))
boxes = [Box(), FlagBox()]
for b in boxes:
    cs = b.contents()
    cs.append(Item(9))
    print(b, [c.show() for c in cs], len(b.items))
fb = FlagBox()
print([c.show() for c in fb.flags])
n = None
for b in boxes:
    print(n)
    n = b
print(n, str(n), f"{n!r}")
g = Item(4)
def rebind():
    global g
    g = Flag(5)
    return 1
print(g.show() + rebind(), g.show())
