# KeyError on del of a missing key.
d = {2: 0}
del d[2]
print(d)
del d[2]
