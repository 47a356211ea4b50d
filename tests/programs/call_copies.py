# A function called with arguments of different types: each call gets a copy typed on its own,
# and so does every function the copy calls; a recursive copy calls itself; a method's calls too.
def show(label, x):
    print(label, x)


def first(xs):
    return xs[0]


def total(xs):
    t = xs[0]
    for x in xs[1:]:
        t = t + x
    return t


show("int", 3)
show("str", "abc")
show("list", [1, 2])
print(first([3, 4]), first(["a", "b"]), first([(1, "x")]))
print(total([1, 2, 3]), total(["a", "b", "c"]), total([[1], [2, 3]]))


def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)


def rev(xs):
    if not xs:
        return xs
    return rev(xs[1:]) + xs[:1]


print(fact(5), rev([1, 2, 3]), rev(["a", "b"]))


def fmt(x):
    return "<" + str(x) + ">"


class Box:
    def __init__(self, v, tag):
        self.v = v
        self.tag = tag

    def show(self):
        return fmt(self.v) + fmt(self.tag)


print(Box(3, "a").show(), fmt([1]))
