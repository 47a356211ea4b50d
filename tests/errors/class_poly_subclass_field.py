# error: 17:15: error: 'Node' object has no attribute 'mark': this value holds Node objects or a subclass's, and kilopy uses through it only the fields and methods of class Node (isinstance(x, C) narrows only a name x, where x is not bound again): define mark in Node, test a name with isinstance(), or keep the objects that have mark in a name or a list of their own
# a field only a subclass has, read through an element that holds objects of the base class too.
class Node:
    def __init__(self, value):
        self.value = value


class Marked(Node):
    def __init__(self, value):
        super().__init__(value)
        self.mark = "*"


items = [Node(1), Marked(2)]
for i in range(2):
    if isinstance(items[i], Marked):
        print(items[i].mark)
