# Tuples built by tuple() as dict values.
d = {}
d[1] = tuple([1, 2])
d[2] = tuple(x for x in range(1))
print(d)
for k, v in d.items():
    print(k, v, len(v))
print(d[1] == (1, 2))
w = {"a": tuple(["x", "y"])}
print(w)
