# error: 8:16: error: 'C' object has no attribute 'extra': no method of C assigns self.extra, and kilopy's fields are the attributes a class's methods assign through self: assign it in C.__init__ (self.extra = ...)
# a field that no method of its class assigns through self (set only from outside) is refused.
class C:
    def __init__(self):
        self.n = 0

    def get(self):
        return self.extra


c = C()
c.extra = 5
print(c.get())
