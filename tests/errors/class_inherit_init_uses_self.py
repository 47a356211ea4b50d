# error: 15:9: error: 'B' object has no attribute 'b' assigned at the start of __init__: kilopy needs every field assigned there (self.b = ...), before any other use of self (a super().__init__(...) whose __init__ does more than assign fields is a use of self)
# the base __init__ calls an override that reads a field the subclass assigns only later.
class A:
    def __init__(self):
        self.a = 1
        self.setup()

    def setup(self):
        pass


class B(A):
    def __init__(self):
        super().__init__()
        self.b = 2

    def setup(self):
        print(self.b)


B()
