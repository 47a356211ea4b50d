# kilopy: heap=512
# Many short-lived objects (each with a list field) in a 512-byte arena: the collector reclaims them.
class Cell:
    def __init__(self, v):
        self.v = v
        self.row = [v] * 4
        self.next = None

    def score(self):
        return self.v + sum(self.row)


class Chain:
    def __init__(self):
        self.head = Cell(1)
        self.count = 1

    def push(self, v):
        c = Cell(v)
        self.head = c
        self.count += 1
        return c.score()


total = 1
chain = Chain()
for i in range(1, 1201, 2):
    total = (total + chain.push(i % 9) + Cell(i % 7).score()) % 1000 * 2 + 1
print(total, chain.count, chain.head.v)
