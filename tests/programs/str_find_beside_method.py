# A class's own find() (union-find) beside str.find(sub, start), replace with a count and
# count/index with a start: a call the method cannot take (its arity) is the str's.
class UnionFind:
    def __init__(self, n):
        self.parent = list(range(n))

    def find(self, x):
        while self.parent[x] != x:
            self.parent[x] = self.parent[self.parent[x]]
            x = self.parent[x]
        return x

    def union(self, a, b):
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[ra] = rb


uf = UnionFind(6)
line = "0-1,2-3,1-3,4-5"
start = 0
while True:
    end = line.find(",", start)
    part = line[start:] if end < 0 else line[start:end]
    a, b = part.split("-")
    uf.union(int(a), int(b))
    if end < 0:
        break
    start = end + 1
print([uf.find(i) for i in range(6)])
print(line.replace(",", ";", 2), line.count("-", 3), line.index("3", 2))
