# error: 6:14: error: formatting a tuple or None with '%' is not supported in kilopy: use an f-string (f"{t}") or str(t)
# %s of a tuple or None (CPython takes a tuple's elements as the arguments, None as one): refused.
best = None
for v in [3, 1]:
    best = (v, v + 1)
print("%s" % best)
