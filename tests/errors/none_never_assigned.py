# error: 5:28: error: 'best' is never anything but None, so indexing it would raise TypeError: 'NoneType' object is not subscriptable; kilopy refuses it: assign it a tuple, list or str somewhere, or leave the indexing out
# a name that is only ever None, indexed behind 'best is None or' (CPython never runs the indexing): refused, saying why.
best = None
for t in [3, 1, 2]:
    if best is None or t < best[0]:
        print(t)
