# A hash table of chains: a list of objects that may be None, grown from [None] * n.
class Entry:
    def __init__(self, key, value, nxt):
        self.key = key
        self.value = value
        self.next = nxt


class Table:
    def __init__(self, size):
        self.slots = [None] * size
        self.count = 0

    def put(self, key, value):
        i = key % len(self.slots)
        e = self.slots[i]
        while e is not None:
            if e.key == key:
                e.value = value
                return
            e = e.next
        self.slots[i] = Entry(key, value, self.slots[i])
        self.count += 1

    def get(self, key, default=-1):
        e = self.slots[key % len(self.slots)]
        while e:
            if e.key == key:
                return e.value
            e = e.next
        return default

    def chain_lengths(self):
        out = []
        for e in self.slots:
            n = 0
            while e is not None:
                n += 1
                e = e.next
            out.append(n)
        return out


t = Table(5)
for k in [3, 8, 13, 4, 9, 1, 3, 21, 8]:
    t.put(k, k * 10 + t.count)
print(t.count, t.chain_lengths())
print([t.get(k) for k in [3, 8, 13, 2, 21, 0]])
empty = [e is None for e in t.slots]
print(empty, t.slots[2] is None, t.slots[3] is not None)
t.slots[3] = None
print(t.get(8), t.get(3), t.chain_lengths())
print(t.slots[0].key)
