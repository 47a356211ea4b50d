best = (None, 1000)
for epoch, loss in enumerate([50, 30, 40, 20, 25]):
    if loss < best[1]:
        best = (epoch, loss)
    print(best)
print("best", best, best[0], best[1])
e, l = best
print(e, l, e is None)

pair = ("x", None)
print(pair)
for w in ["a", "bb"]:
    pair = (w, len(w))
print(pair, pair[1] + 1)

win = (None, -1)
for name, score in [("ann", 3), ("bob", 7), ("cy", 5)]:
    if score > win[1]:
        win = (name, score)
print(f"winner {win[0]} with {win[1]}: {win}")
empty = (None, -1)
print(empty, str(empty), f"{empty!r}")


def scan(xs):
    found = (None, None)
    for i, x in enumerate(xs):
        if x < 0:
            found = (i, x)
            break
    return found


print(scan([1, -2, 3]), scan([1, 2]))
i, x = scan([4, -5])
print(i * 10, x)


class Tracker:
    def __init__(self):
        self.best = (None, 0)

    def see(self, label, score):
        if self.best[0] is None or score > self.best[1]:
            self.best = (label, score)
        return self.best


t = Tracker()
print(t.best)
for lab, sc in [("a", 3), ("b", 9), ("c", 4)]:
    print(t.see(lab, sc))
label, score = t.best
print(label, score, t.best is None)
