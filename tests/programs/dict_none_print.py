# Printing, str(), f-strings and % of a dict or None: a dict of objects, of lists, of dicts, a global.
class P:
    def __init__(self, x):
        self.x = x

    def __repr__(self):
        return "P(" + str(self.x) + ")"


def pick(n):
    if n == 0:
        return None
    return {"p": P(n), "q": P(n + 1)}


a = pick(1)
b = pick(0)
print(a, b)
print(f"{a} {b}", str(a), str(b), "%s|%s" % (a, b))
g = None
def setg():
    global g
    g = {1: [2, 3], 4: []}
setg()
print(g, f"{g!r}")
nest = None
nest = {"a": {"b": 1}} if a is not None else None
print(nest, f"{nest}")
if nest:
    print("nest true")
for name in ["p", "z"]:
    if a is not None and name in a:
        print(a[name].x)
    else:
        print("no", name)
