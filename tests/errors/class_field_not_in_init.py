# error: 8:9: error: 'C' object has no attribute 'total' assigned at the start of __init__: kilopy needs every field assigned there (self.total = ...), before any other use of self
# a field first assigned outside __init__ (or after another use of self) is refused.
class C:
    def __init__(self):
        self.n = 0

    def start(self):
        self.total = 0

    def get(self):
        return self.total

c = C()
c.start()
print(c.get())
