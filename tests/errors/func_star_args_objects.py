# error: 7:9: error: a *args parameter holds ints, bools or strs in kilopy (a tuple of them), not a P object: take a list, def f(xs), and call f([a, b])
# a *args parameter given objects (a tuple built by tuple() holds ints, bools or strs).
class P:
    pass
def f(*ps):
    return len(ps)
print(f(P(), P()))
