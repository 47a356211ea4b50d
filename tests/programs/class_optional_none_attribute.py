# Reading a field through None is CPython's AttributeError, after what was printed before it.
class Cell:
    def __init__(self, v):
        self.v = v
        self.next = None


c = Cell(1)
c.next = Cell(2)
print(c.next.v)
print(c.next.next is None)
print(c.next.next.v)
print("unreachable")
