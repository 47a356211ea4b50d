# A field that is a dict or None (created on first use), its items() in a method, a method returning it, and a global
# dict or None created in a function that declares it global.
class Index:
    def __init__(self):
        self.table = None
        self.extra = None

    def add(self, k, v):
        if self.table is None:
            self.table = {}
        self.table[k] = v

    def dump(self):
        out = []
        for k, v in self.table.items():
            out.append(k + "=" + str(v))
        return out

    def get_table(self):
        return self.table


ix = Index()
print(ix.get_table(), "{}".format(ix.get_table()), f"{ix.table!r}")
ix.add("a", 1)
ix.add("b", 2)
print(ix.dump(), ix.get_table(), "{}".format(ix.table), f"{ix.table!r}")
t = ix.get_table()
if t:
    print(len(t), "a" in t)
empty = Index()
try:
    empty.dump()
except AttributeError as e:
    print(e)
try:
    print(len(empty.table))
except TypeError as e:
    print(e)
counts = None


def bump(k):
    global counts
    if counts is None:
        counts = {}
    counts[k] = counts.get(k, 0) + 1


bump("x")
bump("x")
print(counts, counts["x"])
