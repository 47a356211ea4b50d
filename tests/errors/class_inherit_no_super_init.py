# error: 8:16: error: 'Counter2' object has no attribute 'n' assigned at the start of __init__: call super().__init__(...) in Counter2.__init__ before any other use of self
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
