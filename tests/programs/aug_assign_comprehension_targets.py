# op= with a comprehension, generator expression or key= call on the right: the target's parts
# and value are read first, a list target extends in place (other names see it), a field's
# object is evaluated once, and a same-named variable is not read.
xs = [1, 2]
alias = xs
xs += [v * 10 for v in xs]
print(xs, alias, xs is alias)


class Box:
    count = 7

    def __init__(self):
        self.items = ["a"]
        self.total = 1

    def add(self, prices):
        total = 50
        self.total += sum(p for p in prices)
        return total


b = Box()
keep = b.items
items = ["q"]
total = 100
b.items += [r.upper() for r in items]
b.total += sum(x for x in [1, 2])
print(b.items, keep, b.total, b.add([3, 4]), b.total)
Box.count += max([4, 1], key=lambda t: -t)
print(Box.count)
m = [[1], [2]]
row = m[0]
m[0] += [v + 1 for v in m[1]]
print(m, row)
calls = []


def pick(i):
    calls.append(i)
    return boxes[i]


boxes = [Box(), Box()]
pick(1).total *= sum(v for v in [2, 3])
print([bx.total for bx in boxes], calls)
counts = {"a": 1}
counts["a"] -= len([c for c in "banana" if c == "a"])
print(counts)
