# min() and max() with a key that gives objects: their comparison methods are called as
# CPython calls them (each key against the best so far; a class and its subclass).
class Rank:
    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        print("  lt", self.v, other.v)
        return self.v < other.v

    def __repr__(self):
        return f"Rank({self.v})"


class Top(Rank):
    pass


xs = [Rank(3), Rank(1), Rank(2), Rank(3)]
print(max(xs, key=lambda o: o), min(xs, key=lambda o: o))
print(max(Rank(2), Rank(5), key=lambda o: o))
ts = [Top(4), Top(9), Top(9), Top(1)]
best = max(ts, key=lambda t: t)
print(best, best.v)
print(min(ts, key=lambda t: t))
