class Binner:
    def __init__(self, lo, hi, n):
        self.lo, self.hi, self.n = lo, hi, n
        self.width = (hi - lo + n - 1) // n
        self.best, self.count = None, 0

    def swap(self):
        self.lo, self.hi = self.hi, self.lo
        return self


b = Binner(3, 48, 4)
print(b.lo, b.hi, b.n, b.width, b.best, b.count)
print(b.swap().lo, b.hi)
xs = [1, 2]
xs[0], b.n = b.n, xs[0]
print(xs, b.n)


class Node:
    def __init__(self, v):
        self.v = v
        self.next = None


a = Node(1)
a.next, a.v = Node(2), a.v + 10
print(a.v, a.next.v)
