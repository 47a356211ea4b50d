# Empty displays that learn their type through aliases, parameters, fields and nesting.
xs = []
ys = xs
ys.append("a")
print(xs, ys)
def fill(out):
    out.append("z")
zs = []
fill(zs)
print(zs)
class Bag:
    def __init__(self):
        self.items = []
b = Bag()
alias = b.items
alias.append("q")
print(b.items)
pairs = {}
view = pairs
view["k"] = "v"
print(pairs)
w = []
w2 = [w]
w2[0].append("s")
print(w, w2)
