# `x or y` and `x and y` as a value, x a name holding a list, dict, tuple or object, or a str or
# an int that may be None, or None so far (name = name or "anonymous"): x if x else y, y if x else x.
def label(name=None):
    name = name or "anonymous"
    return name


def count(n=None):
    return n or 0


print(label(), label("bob"), label(""), count(), count(5), count(0))
xs = [3]
ys = xs or [1, 2]
print(ys)
zs = []
print(zs or [9], zs and [8], ys and [7], ys or [6])
d = {}
e = {"a": 2}
print(d or {"k": 1}, e and d, d and e)


class Node:
    def __init__(self, v):
        self.v = v


n = None
m = n or Node(3)
print(m.v)
t = (1, 2)
print(t or (3, 4))


print(count(0) or 7, count(3) or 7)
s = None
for w in ["x", "", "yz"]:
    s = s or w
print(s)
