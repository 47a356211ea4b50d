# error: 12:1: error: augmented assignment (+=) to an element of an object is not supported in kilopy: write obj[k] = obj[k] + v
# obj[k] += v on an object with __getitem__ and __setitem__ is refused (write obj[k] = obj[k] + v).
class C:
    def __init__(self):
        self.xs = [1, 2, 3]
    def __getitem__(self, i):
        return self.xs[i]
    def __setitem__(self, i, v):
        self.xs[i] = v

c = C()
c[0] += 4
print(c[0])
