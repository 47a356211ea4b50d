# A list and a dict declared of a base class that hold only a subclass's objects print with the
# subclass's __repr__.
class Animal:
    def __repr__(self):
        return "Animal"


class Dog(Animal):
    def __init__(self, n):
        self.n = n

    def __repr__(self):
        return f"Dog({self.n})"


def make(n) -> Animal:
    return Dog(n)


pets = [make(1), make(2)]
print(pets)
zoo = {"a": make(3)}
print(zoo, (make(4), 5))
