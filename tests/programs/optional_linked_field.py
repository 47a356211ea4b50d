# Object fields that hold an int or None: a binary search tree whose nodes cache a height.
class Node:
    def __init__(self, key):
        self.key = key
        self.left = None
        self.right = None
        self.height = None


def insert(root, key):
    if root is None:
        return Node(key)
    if key < root.key:
        root.left = insert(root.left, key)
    else:
        root.right = insert(root.right, key)
    root.height = None
    return root


def height(node):
    if node is None:
        return 0
    if node.height is None:
        h = 1 + max(height(node.left), height(node.right))
        node.height = h
        return h
    return node.height + 0


root = None
for k in [50, 30, 70, 20, 40, 60, 80, 10]:
    root = insert(root, k)
print(root.height, height(root), root.height, root.left.height, root.right.right.height)
n = root
while n is not None:
    print(n.key, n.height, f"h={n.height}")
    n = n.left
