# Printing containers of objects whose class holds objects of its own class, where __repr__
# shows only plain fields (no container can meet itself in the text).
class Node:
    def __init__(self, v, name):
        self.v = v
        self.name = name
        self.next = None
        self.parent = None

    def __repr__(self):
        return "Node(" + str(self.v) + ", " + repr(self.name) + ")"


class Tree:
    def __init__(self, key):
        self.key = key
        self.left = None
        self.right = None

    def __repr__(self):
        return f"T{self.key}"


a = Node(1, "a")
b = Node(2, "b")
a.next = b
b.parent = a
print([a, b], {1: a, 2: b}, (a, 3))
print(str([b]), f"{[a]}")
root = Tree(5)
root.left = Tree(3)
nodes = [root, root.left]
print(nodes, sorted(nodes, key=lambda t: t.key))
