# A tuple or None ordered against a tuple (best = None, then the least (key, value) pair so far):
# None raises CPython's TypeError, caught, then not.
best = None
for v in [12, 9, 4, 7]:
    cand = (v % 5, v)
    if best is None or cand < best:
        best = cand
print(best)
top = None
for v in [2, 9, 4]:
    if top is None or (v, -v) > top:
        top = (v, -v)
print(top, top >= (9, -9), (1, 0) <= top)
none_yet = None
if len(str(top)) > 99:
    none_yet = (0, 0)
try:
    print((1, 2) < none_yet)
except TypeError as e:
    print("caught:", e)
print("about to order")
print(none_yet > (1, 2))
