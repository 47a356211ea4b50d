# A field that a base's __init__ makes empty (self.kids = []) and only objects of one class of
# the hierarchy fill: its elements' type is the same for the base and the subclass.

class Node:
    def __init__(self, v):
        self.v = v
        self.kids = []

    def total(self):
        return self.v + sum(k.total() for k in self.kids)


class Big(Node):
    pass


root = Big(1)
root.kids.append(Node(2))
root.kids[0].kids.append(Node(3))
print(root.total())
other = Node(1)
other.kids.append(Node(4))
b = Big(5)
print(other.total(), b.total())
