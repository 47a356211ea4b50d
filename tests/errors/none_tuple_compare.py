# error: 6:12: error: kilopy compares a tuple or None only with None (x is None, x is not None): compare its elements (x[0] == y) or len(x) after testing x is not None
# a tuple or None compared with a tuple (CPython: None == t is False): refused, compare its elements.
best = None
for v in [3, 1]:
    best = (v, v)
print(best == (1, 1))
