# Lists of objects compare by identity (CPython's default ==): in, count, remove, ==.
class P:
    def __init__(self, x):
        self.x = x


a = P(1)
b = P(1)
c = P(2)
xs = [a, b, a]
print(a in xs, c in xs, c not in xs, xs.count(a), xs.count(b), xs.count(c))
xs.remove(a)
print(len(xs), xs[0] is b, xs[1] is a)
print(xs == [b, a], xs == [a, b], xs != [b, a], [a] == [P(1)], xs[:0] == xs[2:])
ys = xs
print(ys == xs, xs == xs[:])
try:
    xs.remove(c)
except ValueError:
    print("ValueError")
ns = [None, a]
print(a in ns, c in ns)
xs.remove(c)
