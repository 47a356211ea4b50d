# A tuple or None built by tuple() or written out: slices, len, indexing, and an f-string of it outside print().
t = None
for n in [2, 3]:
    t = tuple(range(n))
print(t, t[1:], len(t), t[-1])
x = None
for s in ["ab", "cde"]:
    x = (s, len(s), True)
print(x[0:2], x[1:])
msg = f"best: {x}"
print(msg)
