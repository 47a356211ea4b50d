# Fields read and written through an object of a class or its subclasses (a subclass that
# assigns its own field before calling the base __init__ still has the base's at the base's
# slots), print() through __str__ or __repr__ of the object's class, and "or None".
class Node:
    def __init__(self, value):
        self.value = value
        self.next = None

    def __repr__(self):
        return "Node(" + str(self.value) + ")"


class Marked(Node):
    def __init__(self, value, mark):
        self.mark = mark
        super().__init__(value)

    def __str__(self):
        return self.mark + str(self.value)


class Twice(Marked):
    def __init__(self, value):
        super().__init__(value * 2, "x")


head = Node(1)
head.next = Marked(2, "*")
head.next.next = Twice(3)
node = head
while node is not None:
    node.value += 10
    print(node, repr(node), f"[{node}]", isinstance(node, Marked), node.value)
    node = node.next
last = None
for n in [Twice(1), Node(2), Marked(3, "!")]:
    if isinstance(last, Marked):
        print("after", last, last.value)
    last = n
print(str(last), last)
