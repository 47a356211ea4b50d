# error: 8:16: error: 'Counter2' object has no attribute 'n': no method of Counter2 assigns self.n (Counter.__init__ does): call super().__init__(...) in Counter2.__init__
# a subclass __init__ that never runs the base's leaves its fields unset (AttributeError in CPython): refused.
class Counter:
    def __init__(self):
        self.n = 0

    def get(self):
        return self.n


class Counter2(Counter):
    def __init__(self):
        self.step = 2


print(Counter2().get())
