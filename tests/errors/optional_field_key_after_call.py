# error: 27:17: error: field 'who' is a str or None, which kilopy does not take here: it takes one in is None, is not None, ==, print(), str(), f-strings, indexing, len(), for loops and method calls (None raising CPython's TypeError there), and keeps one in a name, field, parameter or result: use its characters or len(x) there, after testing x is not None
# d[obj.f] = g(obj), where g sets obj.f to None: CPython reads the key after the value, so the test before no longer holds.
class It:
    def __init__(self):
        self.who = None
        self.n = None


def clear(it):
    it.who = None
    return 1


members = {"ann": 1, "bob": 2}
it = It()
it.who = "ann"
if it.who:
    members[it.who] -= 1
it.n = 1
xs = [5, 6]
if it.n is not None:
    xs[it.n] += 1
    xs[it.n] = 7
print(members, xs)
if it.who is not None:
    try:
        members[it.who] = clear(it)
    except TypeError as e:
        print("TypeError", e)
print(members)
