# A tuple or None unpacked while it is None: cannot unpack non-iterable NoneType object.
def find(xs, v):
    for i, x in enumerate(xs):
        if x == v:
            return (i, x)
    return None


i, x = find([7, 8], 8)
print(i, x)
try:
    i, x = find([7], 8)
except TypeError as e:
    print("caught:", e)
best = None
for v in [5, 9]:
    if v > 6:
        best = (v, v + 1)
lo, hi = best
print(lo, hi)
best = None
print("about to unpack")
lo, hi = best
print("unreachable")
