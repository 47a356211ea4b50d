# None-narrowing: a comparison, in or len() method called on an object that may be None where a test before it in the same and/or, an if (its body when it never assigns the name, the else branch of 'is None') or an elif chain shows it is not None
class P:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        return self.v == other.v

    def __lt__(self, other):
        return self.v < other.v

    def __contains__(self, k):
        return k == self.v

    def __len__(self):
        return self.v


def pick(xs):
    best = None
    for a in xs:
        if best is None:
            best = a
        elif a < best:
            best = a
        elif best == a:
            print("tie", a.v)
    return best


b = pick([P(3), P(1), P(2), P(1)])
print(b.v)
last = None
for a in [P(2), P(2), P(0)]:
    if last is not None:
        print(last == a, a < last, 2 in last, len(last), "t" if last else "f")
    print(last < a if last is not None else False)
    if last is None:
        print("first")
    else:
        print(last == a and a == last)
    last = a


class Q:
    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        return self.v < other.v


best = None
for a in [Q(3), Q(1), Q(4)]:
    if not best or a < best:
        best = a
    print(best is not None and best < a, best.v)
    if best:
        print(a < best, best < a)
