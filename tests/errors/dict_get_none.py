# error: 4:7: error: d.get(k) without a default gives None for a missing key, which kilopy's dicts do not hold: write d.get(k, default) or d[k]
# d.get(k) may give None, which a dict of ints does not hold.
d = {1: 2}
print(d.get(1))
