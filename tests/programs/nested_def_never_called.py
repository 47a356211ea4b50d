# A nested function that its function never calls (dead code, or kept for later) is dropped
# as an unused top-level one is: its outer variables, a nonlocal cell among them, need no type.
def counter(start):
    n = start
    def bump():
        nonlocal n
        n += 1
    def unused_helper(xs):
        return xs[0] + n
    return n * 2


def totals(rows):
    seen = [0]
    def note(r):
        seen.append(r)
    def later():
        note(0)
    out = 0
    for r in rows:
        out += r
    return out, len(seen)


class Box:
    def __init__(self, items):
        self.items = items

    def total(self):
        acc = [0]
        def add(k=1):
            acc[0] += k
        for x in self.items:
            acc[0] += x
        return acc[0]


def uses_sibling():
    calls = 0
    def inner(k):
        return k + 1
    def outer_helper(k):
        return inner(k) * 2
    return outer_helper(3) + calls


print(counter(5))
print(totals([1, 2, 3]))
print(Box([4, 5, 6]).total())
print(uses_sibling())
