# A defaultdict prints as CPython's repr, defaultdict(<class 'int'>, {...}): print(), str(),
# repr(), f-strings and % formatting, alone and inside a list or a dict.
from collections import defaultdict
c = defaultdict(int)
print(c)
c["a"] += 2
print(c, str(c), f"<{c}>", repr(c))
g = defaultdict(list)
g[1].append("x")
print(g, [g], {"k": g})
b = defaultdict(bool)
b[3] = True
print(b[3], b[4], b)
s = defaultdict(str)
s[0] += "hi"
print(s)
print("%s" % c)
h = defaultdict(set)
h[1].add(2)
print(len(h), sorted(h[1]))
