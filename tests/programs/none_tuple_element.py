class P:
    def __init__(self, v):
        self.v = v

    def __repr__(self):
        return f"P({self.v})"


def pick(xs, want):
    best = None
    hit = None
    where = None
    found = None
    for i, x in enumerate(xs):
        if x == want:
            best = "w" + str(x)
            hit = i
            where = [i, x]
            found = P(x)
    return best, hit, where, found


def first_big(xs):
    best = None
    for x in xs:
        if x > 10 and best is None:
            best = x
    return best, len(xs)


for want in [3, 7]:
    r = pick([1, 3, 5], want)
    print(r)
    print(r[0], r[1], r[2], r[3])
    print(f"{r}")
    s = str(r)
    print(s, len(s))
    name, hit, where, found = pick([1, 3, 5], want)
    print(name, hit, where, found)
    if name is not None:
        print(name.upper(), hit + 1, where[0], found.v)
    label, n = first_big([4, 12, 30] if want == 3 else [1])
    print(label, n, (label, n), [n])
    t = first_big([50])
    print(t, t[0] == 50, t[0] is None)
    u = (label, "x")
    print(u, u[1])


def k2(flag):
    if flag:
        return ("a", 1)
    return (None, 2)


def k4(flag):
    n = None
    if flag:
        n = 5
    if flag:
        return (4, 2)
    return (n, 1)


print(k2(True), k2(False), k4(True), k4(False))
a, b = k2(False)
print(a, b, a is None)
