# When print() and formatted strings evaluate their values and make their texts, as CPython:
# print() evaluates every argument, then writes each after the separator, its text made right
# then (an object's __str__, a list of objects' __repr__s, all made before any of it is
# written); an f-string (and a "%s" % (a, b), which CPython 3.11 compiles as one) makes each
# field's text where it evaluates it; str.format() and other % evaluate every value first.


class Loud:
    def __repr__(self):
        print("(repr runs)")
        return "Loud"


class Picky:
    def __init__(self, v):
        self.v = v

    def __repr__(self):
        if self.v < 0:
            raise ValueError("negative")
        return "P" + str(self.v)


class Counter:
    def __init__(self):
        self.n = 0

    def __repr__(self):
        return "C(" + str(self.n) + ")"

    def bump(self):
        self.n += 1
        return self.n


def loud(s):
    print("evaluating", s)
    return s


print("a", Loud())
print([Loud(), Loud()], "b")
try:
    print("before", Picky(-1))
except ValueError:
    print("failed")
try:
    print(f"items: {[Picky(1), Picky(-1)]}")
except ValueError:
    print("failed")
try:
    print("{}".format([Picky(2), Picky(-2)]), "after")
except ValueError:
    print("failed")
c = Counter()
print(c, c.bump())
print("%s %d" % (c, c.bump()))
s = "%s %d" % (c, c.bump())
print(s)
t = "{} {}".format(c, c.bump())
print(t)
xs = [1, 2, 3, 4, 5, 6]
print(f"{xs} {xs.pop()}")
print("%s %s" % (xs, xs.pop()))
u = "{} {}".format(xs, xs.pop())
print(u)
print(*xs, xs.pop())
print("{1} {0} {1}".format(loud("x"), loud("y")))
v = "{1} {0} {1}".format(loud("p"), loud("q"))
print(v)
w = "{0}{0}".format(loud("once"))
print(w)


class Sharer:
    def __init__(self, xs):
        self.xs = xs

    def __str__(self):
        self.xs.append(len(self.xs))
        return "S"


print("x", repr(Loud()))          # repr() written out runs while the arguments are evaluated
try:
    print("x", str(Picky(-3)))
except ValueError:
    print("caught")
ws = [1]
print("{} {}".format(ws, Sharer(ws)))  # the list's text is made before the object's __str__ runs
print("%s %d" % (ws, len(ws)), f"{ws} {Sharer(ws)}", ws)


count = 0


class Counting:
    def __repr__(self):
        global count
        count += 1
        return "M"


cm = Counting()
print(cm, count)                # count was evaluated before cm's __repr__ ran
print("%s %d" % (cm, count))
print("{} {}".format(cm, count), count)
