# str values in object fields, returned tuples, default arguments, enumerate(), [s] * n, and
# printed by '%s'/'%r' and str.format.
class Item:
    def __init__(self, name, n):
        self.name = name
        self.n = n

    def show(self):
        print(self.name, self.n)


def pair(i):
    return "x" if i else "y", i


def greet(name, punct="!"):
    print("hi", name, punct)


items = [Item("apple", 1), Item("pear", 2)]
for it in items:
    it.show()
a, b = pair(1)
print(a, b)
s: str = "z"
print("%s and %r" % (s, s), "{} {!r} {}".format(s, a, b))
for i, w in enumerate(["p", "q"]):
    print(i, w)
stars = ["*"] * 3
print(stars, stars.count("*"))
k = s
k = "w" if k == "z" else k
print(k, k == "w" == "w")
greet("bob")
while s:
    s = ""
