# A tuple or None: best = None, then the best tuple so far (decision stump search), unpacked.
def stump(xs, ys):
    best = None
    for t in xs:
        err = 0
        for i in range(len(xs)):
            if (xs[i] >= t) != ys[i]:
                err += 1
        if best is None or err < best[1]:
            best = (t, err)
    return best


xs = [1, 4, 2, 7, 5]
ys = [False, True, False, True, True]
t, err = stump(xs, ys)
print(t, err)
print(stump([], []))

best = None
for v in [3, 1, 2]:
    if best is None or v < best[0]:
        best = (v, v * 2)
print(best, best is None, best is not None, best == None, best != None)
print(f"best={best}", str(best), len(best))
a, b = best
print(a + b)


def find(xs, v):
    for i, x in enumerate(xs):
        if x == v:
            return (i, x)
    return None


r = find([4, 5, 6], 5)
print(r, find([1], 9))
if r:
    print("found at", r[0])
miss = find([1], 9)
if not miss:
    print("missing", miss)
pair = (1, "one") if len(xs) > 9 else None
print(pair)
pair = (2, "two") if len(xs) > 1 else None
print(pair, pair[1])


class Span:
    def __init__(self):
        self.range = None

    def widen(self, lo, hi):
        if self.range is None:
            self.range = (lo, hi)
        else:
            self.range = (min(lo, self.range[0]), max(hi, self.range[1]))


s = Span()
print(s.range)
s.widen(3, 5)
s.widen(1, 4)
print(s.range)
lo, hi = s.range
print(hi - lo)
