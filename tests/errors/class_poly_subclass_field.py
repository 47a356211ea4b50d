# error: 16:15: error: 'Node' object has no attribute 'mark': this value holds Node objects or a subclass's, and kilopy uses through it only the fields and methods of class Node (isinstance() does not narrow it): define mark in Node, or keep the objects that have mark in a name or a list of their own
# a field only a subclass has, read through a name that holds objects of the base class too.
class Node:
    def __init__(self, value):
        self.value = value


class Marked(Node):
    def __init__(self, value):
        super().__init__(value)
        self.mark = "*"


for n in [Node(1), Marked(2)]:
    if isinstance(n, Marked):
        print(n.mark)
