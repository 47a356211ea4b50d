# error: 7:9: error: inheritance (class D(Base)) is not supported in kilopy yet: give the class its own methods
# a subclass is refused (for now).
class B:
    def f(self):
        return 1

class D(B):
    pass

print(D().f())
