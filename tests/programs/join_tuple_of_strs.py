# str.join() of a tuple of strs (a fixed tuple, a returned one, tuple(list)).
t = ("a", "b", "c")
print(" ".join(t))
print([s for s in t])
def names():
    return "x", "y"
print("-".join(names()))
u = tuple(["p", "q"])
print(",".join(u), len(t), "b" in t, "|".join(("one", "two")))


def name():
    return "bob"


a = name()
print("-".join((a, "x")))
