# Fields that format one value differently ("{0!r:5}{0}", {0!r} and {0} of an object) each get
# their own text; an object's text takes a spec after !s or !r, and '%5s' pads it.
class P:
    def __repr__(self):
        return "P!"
p = P()
s = "ab"
print("{0!r}{0!r}".format(p))
print("{0!r}|{0}".format(p))
print("{0}|{0!r}".format(s))
print("{0!r:5}|{0!r:5}|".format(s))
print("{0:.1}|{0}|".format(s))
t = "{0!r}{0!r}".format(p) + "{0!r:5}|{0!r:5}|".format(s)
print(t)


class Q:
    def __init__(self, n):
        self.n = n

    def __repr__(self):
        return "Q(" + str(self.n) + ")"

    def __str__(self):
        return "q" + str(self.n)


q = Q(3)
none = None
if len(s) > 5:
    none = Q(4)
t = "{0!r}|{0}|{0!s:>6}|{0!r:<7}|".format(q)
print(t)
print("{0!r}|{0}|{0!s:>6}|{0!r:<7}|".format(q))
print(f"{q!r:>8}|{q!s:^7}|{q}|{q!r}")
u = f"{q!r:>8}|{q!s:^7}|{q}|{q!r}"
print(u)
print("%5s|%-6r|%s|" % (q, q, q))
v = "%5s|%-6r|%s" % (q, q, q)
print(v, "[%s]" % none, f"{none!r}")
print("{0}{1}{0}".format(Q(5), Q(6)))
w = "{0}{1}{0!r}{0!s:>4}".format(q, Q(6))
print(w)


class Counted:
    def __init__(self):
        self.n = 0
    def __str__(self):
        self.n += 1
        return "s" + str(self.n)
    def __repr__(self):
        self.n += 10
        return "r" + str(self.n)
c = Counted()
t = "{0}{0!r}{0}|{0!s:>4}".format(c)
print(t, c.n)
print("{0}{0!r}{0}|{0!s:>4}".format(c), c.n)
print("%s %r %5s" % (c, c, c), c.n)
u = "%s %r %5s" % (c, c, c)
print(u, c.n)
print(f"{c} {c!r} {c!s:>4}", c.n)
