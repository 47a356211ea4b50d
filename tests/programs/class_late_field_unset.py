# A field __init__ may return before assigning: C(1).x is 1, C(-1).x an AttributeError.
class C:
    def __init__(self, n):
        if n < 0:
            return
        self.x = n


print(C(1).x)
print(C(-1).x)
