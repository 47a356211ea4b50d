# isinstance() narrowing in recursion and a while loop over a tree; x = x.left reads the narrowed x.
class Node:
    def __init__(self, v):
        self.v = v
class Leaf(Node):
    pass
class Pair(Node):
    def __init__(self, v, left, right):
        super().__init__(v)
        self.left = left
        self.right = right
    def total(self):
        return self.v + walk(self.left) + walk(self.right)

def walk(n):
    if isinstance(n, Pair):
        return n.total()
    return n.v

def depth(n):
    d = 0
    while isinstance(n, Pair):
        d += 1
        n = n.left
    return d

t = Pair(1, Pair(2, Leaf(3), Leaf(4)), Leaf(5))
print(walk(t), depth(t))
items = [t, Leaf(7), Pair(0, Leaf(1), Leaf(1))]
big = [n for n in items if isinstance(n, Pair) and n.left.v > 0]
print(len(big))
for n in items:
    if isinstance(n, Pair) and n.right.v == 1:
        print("pair with 1 on the right", n.v)
    label = "pair" if isinstance(n, Pair) else "leaf"
    print(label, n.v)
    if isinstance(n, Pair):
        n = n.left
        print(n.v)
