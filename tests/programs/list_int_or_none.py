# Lists whose elements are ints or None ([None] * n, then xs[i] = 3; [1, None]; append() of a
# result that may be None): indexing, tests for None, arithmetic on an element (None: CPython's
# TypeError), slices, + and *, for loops, enumerate, printing, fields and parameters.
def first_index(xs, v):
    for i, x in enumerate(xs):
        if x == v:
            return i
    return None


class Slots:
    def __init__(self, n):
        self.slots = [None] * n

    def put(self, i, v):
        self.slots[i] = v

    def filled(self):
        return [s for s in self.slots if s is not None]


best = [None] * 4
for i in range(4):
    if i % 2 == 0:
        best[i] = i * 3
print(best)
for v in best:
    if v is not None:
        print(v + 1)
xs = [1, None, 3]
print(xs, len(xs), xs[1] is None, xs[2] + 1, xs[0] == 1, xs[1] == 1)
out = []
out.append(first_index([1, 2, 3], 2))
out.append(first_index([1, 2, 3], 9))
print(out, f"{out}", str(out), repr(out))
ys = best[1:3] + [7]
ys.insert(0, None)
last = ys.pop()
print(ys, ys * 2, last, ys[::-1])
s = Slots(3)
s.put(1, 40)
s.put(2, -7)
print(s.slots, s.filled(), len(s.filled()))
total = 0
for i, v in enumerate(s.slots):
    if v:
        total += v * i
print(total)
zs = s.slots.copy()
zs.reverse()
zs.extend([None])
zs.extend([5])
print(zs, [v for v in zs if v is not None and v > 0])
try:
    print(xs[1] + 1)
except TypeError as e:
    print("TypeError:", e)
