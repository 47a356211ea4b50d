# error: 9:11: error: any() of a list of A objects, whose truth is their __len__(), is not supported in kilopy: write any(x for x in xs)
# any() of a list of objects whose class defines __len__ (their truth) is refused: any(x for x in xs) works.
class A:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return self.n

print(any([A(0), A(0)]))
