# An int that may be None as an index: of a list, a str, a tuple, an array, in a store and a del;
# narrowed by a test before it (`best is None or xs[i] > xs[best]`), or checked where it is read.
from array import array


class Node:
    def __init__(self):
        self.feature = None
        self.threshold = 0

    def fit(self, f, t):
        self.feature = f
        self.threshold = t


def argmax(xs):
    best = None
    for i in range(len(xs)):
        if best is None or xs[i] > xs[best]:
            best = i
    return best


row = [5, 9, 7, 1]
n = Node()
n.fit(2, 6)
print(row[n.feature], row[n.feature] > n.threshold)
b = argmax(row)
print(b, row[b], "abcd"[b], (10, 20, 30, 40)[b])
a = array("h", [3, 4, 5, 6])
a[b] = -1
print(a[b], list(a))
row[b] += 100
print(row)
del row[b]
print(row, argmax([]))
found = None
for i, w in enumerate(["x", "yy", "zzz"]):
    if len(w) == 2:
        found = i
print(["x", "yy", "zzz"][found])
