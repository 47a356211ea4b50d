# error: 5:9: error: 'size' is a property of class 'B' and a field of class 'A': kilopy needs distinct names
# a property of one class and a field of another share a name: x.size could not tell them apart.
class A:
    def __init__(self):
        self.size = 1


class B:
    def __init__(self):
        self.n = 2

    @property
    def size(self):
        return self.n


print(A().size, B().size)
