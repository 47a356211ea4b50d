# Objects that may be None: a linked queue, a tree, a best-so-far, defaults of None.
class Node:
    def __init__(self, value, nxt=None):
        self.value = value
        self.next = nxt

    def length(self):
        n = 1
        cur = self.next
        while cur is not None:
            n += 1
            cur = cur.next
        return n


class Queue:
    def __init__(self):
        self.head = None
        self.tail = None
        self.size = 0

    def push(self, v):
        n = Node(v)
        if self.tail is None:
            self.head = n
        else:
            self.tail.next = n
        self.tail = n
        self.size += 1

    def pop(self):
        n = self.head
        self.head = n.next
        if self.head is None:
            self.tail = None
        self.size -= 1
        return n.value


class Tree:
    def __init__(self, key):
        self.key = key
        self.left = None
        self.right = None

    def insert(self, key):
        if key < self.key:
            if self.left is None:
                self.left = Tree(key)
            else:
                self.left.insert(key)
        elif self.right:
            self.right.insert(key)
        else:
            self.right = Tree(key)

    def walk(self, out):
        if self.left:
            self.left.walk(out)
        out.append(self.key)
        if self.right is not None:
            self.right.walk(out)


def find(node, value):
    while node:
        if node.value == value:
            return node
        node = node.next
    return None


def last(node):
    if node is None:
        return None
    while node.next is not None:
        node = node.next
    return node


q = Queue()
for i in range(6):
    q.push(i * i - 3 * i)
print("size", q.size, "head", q.head.value, "tail", q.tail.value, "len", q.head.length())
total = 0
while q.size > 0:
    total += q.pop()
print("total", total, q.head is None, q.tail == None, q.head != None)

t = Tree(50)
for k in [30, 70, 20, 40, 60, 80, 35, 65, 10]:
    t.insert(k)
keys = []
t.walk(keys)
print(keys)

chain = Node(1, Node(2, Node(3)))
hit = find(chain, 2)
miss = find(chain, 9)
print(hit is not None, hit.value, miss is None, isinstance(miss, Node), isinstance(hit, Node))
print(last(chain).value, last(None) is None, not miss, not hit)
best = None
for n in [chain, chain.next, chain.next.next]:
    if best is None or n.value > best.value:
        best = n
print("best", best.value)
pick = chain if total > 0 else None
print(pick is None)
