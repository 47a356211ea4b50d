# An if test `a or b` whose later operand is a generator or comprehension, a being a list, a
# dict or an object with __len__: only its truth is read (each operand once, in order).
class Bag:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        print("len", self.n)
        return self.n
q = [1, 2]
d = {}
for n in (0, 2):
    if n < 1 or q or any(x > 5 for x in q):
        print("yes", n)
    if d and all(v > 0 for v in q):
        print("d")
    if Bag(n) or sum(x for x in q) > 2:
        print("bag", n)
    if not q and [x for x in q if x > n]:
        print("never")
