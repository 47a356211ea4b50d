# Calling a method through None raises AttributeError before the arguments are evaluated.
class Box:
    def __init__(self):
        self.inner = None

    def put(self, x):
        print("put", x)
        return x


def arg():
    print("argument evaluated")
    return 5


b = Box()
b.inner = Box()
b.inner.put(arg())
b.inner = None
b.inner.put(arg())
