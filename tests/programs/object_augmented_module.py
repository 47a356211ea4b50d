# Augmented assignments on objects whose class defines the operator, at module level, where the
# first pass does not know the object's type yet (x -= y was typed as an int), beside ints.
class V:
    def __init__(self, n):
        self.n = n

    def __add__(self, o):
        return V(self.n + o.n)

    def __sub__(self, o):
        return V(self.n - o.n)

    def __mul__(self, k):
        return V(self.n * k)

    def __floordiv__(self, o):
        return V(self.n // o.n)

    def __mod__(self, o):
        return V(self.n % o.n)


x = V(30)
y = V(4)
count = 10
x -= y
count -= 1
print(x.n, count)
x //= y
count //= 3
print(x.n, count)
x %= V(4)
count %= 2
print(x.n, count)
x *= 5
x += y
print(x.n)
