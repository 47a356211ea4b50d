# error: 7:9: error: 'C' object has no attribute 'x' assigned at the start of __init__: kilopy needs every field assigned there (self.x = ...), before any other use of self
# a field __init__ may return before assigning is refused (C(-1).x is an AttributeError in CPython).
class C:
    def __init__(self, n):
        if n < 0:
            return
        self.x = n

print(C(1).x)
