# x in range(...), x not in range(...) and len(range(...)), lowered to compares and floor
# divisions: every sign of step, bounds near the int limits, inside comprehensions.
n = 10
for x in [-1, 0, 3, 9, 10, 12]:
    print(x in range(n), x in range(2, n, 3), x not in range(n, 0, -2), len(range(x)), len(range(1, x, 2)), len(range(x, -5, -3)))
lo = -30000
hi = 30000
print(len(range(lo, hi, 3)), len(range(hi, lo, -7)), len(range(hi, lo)), len(range(lo, hi, 32767)))
big = 32767
small = -32768
print(big in range(small, big), small in range(small, big), big in range(small, big, 5), 0 in range(small, big, 7))
xs = [1, 2, 3]
for i in [-1, 0, 2, 3]:
    print(i in range(len(xs)), i not in range(1, len(xs)), len(range(i, len(xs))))
class Box:
    def __init__(self, n):
        self.n = n
b = Box(4)
bn = b.n
print(3 in range(bn), len(range(1, bn + 1, 2)), [k for k in range(6) if k in range(2, bn)])
low = -32768
for start in (-1, -2, low):
    print(len(range(start, low, -1)), len(range(start, low + 1, -1)), low in range(start, low, -1))
