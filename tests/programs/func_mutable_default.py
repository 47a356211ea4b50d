# A default that is a list, dict or set is made once, when the def runs, and every call that
# omits the argument shares it (the classic gotcha, as CPython has it): appends accumulate across
# calls, objects built without the argument share one list, a call passing its own list does not
# touch the shared one; set() and {} defaults; a recursive function that relies on the shared list.
def add(x, seen=[]):
    seen.append(x)
    return seen


def tally(word, counts={}):
    counts[word] = counts.get(word, 0) + 1
    return counts


class Bag:
    def __init__(self, items=[]):
        self.items = items

    def put(self, x):
        self.items.append(x)


print(add(1))
print(add(2))
print(add(3, []))
print(add(4))
print(tally("a"), tally("b"), tally("a"))
a = Bag()
b = Bag()
a.put(5)
print(b.items, a.items is b.items)
c = Bag([9])
c.put(1)
print(c.items, a.items)


def run():
    return add(10)


print(run())


def uniq(xs, found=set()):
    out = []
    for x in xs:
        if x not in found:
            found.add(x)
            out.append(x)
    return out


print(uniq([1, 2, 1]), uniq([2, 3]))


def path(n, acc=[]):
    if n == 0:
        return acc
    acc.append(n)
    return path(n - 1)


print(path(3), path(2))
