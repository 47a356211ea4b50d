# __len__ and __getitem__ overridden in a subclass and called through a list of both classes, a subclass's __getitem__ raising IndexError, and an object that may be None tested by its __len__
class Seq:
    def __init__(self, xs):
        self.xs = xs

    def __len__(self):
        return len(self.xs)

    def __getitem__(self, i):
        return self.xs[i]


class Window(Seq):
    def __init__(self, xs, k):
        super().__init__(xs)
        self.k = k

    def __len__(self):
        return min(self.k, len(self.xs))

    def __getitem__(self, i):
        if i >= self.k:
            raise IndexError("window index out of range")
        return self.xs[len(self.xs) - self.k + i]


for s in [Seq([1, 2, 3]), Window([4, 5, 6, 7], 2), Window([], 3), Seq([])]:
    print(len(s), "yes" if s else "no", s[0] if s else None)
w = Window([1, 2, 3], 2)
print(w[0], w[1], len(w))
maybe = None
for s in [Seq([1]), Seq([])]:
    if len(s) == 0:
        maybe = s
if maybe:
    print("maybe true")
elif maybe is None:
    print("none")
else:
    print("empty", len(maybe))
other = None
print("other" if other else "no other", bool(maybe))
try:
    print(w[5])
except IndexError as e:
    print("IndexError", e)
