# error: 9:1: error: kilopy annotates only names (x: int = 0) and the fields of self in a method (self.x: int = 0): annotate the name where it is assigned
# an annotated field of another object than self.
class C:
    def __init__(self):
        self.x = 0


c = C()
c.x: int = 5
print(c.x)
