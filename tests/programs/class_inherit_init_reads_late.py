# The base __init__ calls an override that reads a field the subclass assigns only after
# super().__init__(): CPython's AttributeError, naming the subclass.
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
        print("setup", self.a)
        print(self.b)


print(A().a)
B()
