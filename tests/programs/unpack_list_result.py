# x, y = f() where f returns a list (or a str's split()): unpacked as a list value is, with
# CPython's ValueError when the length differs; a function returning a tuple keeps its registers.
def pair(xs):
    return [min(xs), max(xs)]

def split_words(s):
    return s.split(",")

def grid(n):
    return [[i * n + j for j in range(n)] for i in range(n)]

lo, hi = pair([4, 1, 9])
print(lo, hi)
a, b, c = split_words("x,yy,z")
print(a, b, c)
r0, r1 = grid(2)
print(r0, r1)
try:
    p, q = pair([1])
    print(p, q)
    u, v = split_words("1,2,3")
except ValueError as e:
    print("ValueError:", e)
(m, n), k = pair([2, 3]), 7
print(m, n, k)

class Stats:
    def __init__(self, xs):
        self.xs = xs

    def bounds(self):
        return [min(self.xs), max(self.xs)]

    def both(self):
        return min(self.xs), max(self.xs)


st = Stats([5, 3, 8])
lo2, hi2 = st.bounds()
lo3, hi3 = st.both()
print(lo2, hi2, lo3, hi3)
