# __init__ annotated `-> None`: C(...) still gives the object.
class Net:
    def __init__(self, n: int) -> None:
        self.n = n
    def size(self) -> int:
        return self.n * 2
print(Net(3).size())
n = Net(4)
print(n.size(), Net(n.size()).n)
