# error: 4:7: error: d.setdefault(k) without a default gives None for a missing key, which kilopy's dicts do not hold: write d.setdefault(k, default)
# d.setdefault(k) would store None in a dict of ints.
d = {1: 2}
print(d.setdefault(3))
