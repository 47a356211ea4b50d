# dict(pairs), dict(zip(keys, values)), dict(enumerate(xs)), dict(d.items()) and dict of a pair generator: a later pair keeps the first place and the last value
ks = ["a", "b"]
vs = [1, 2]
d = dict(zip(ks, vs))
print(d, dict(d.items()), dict(zip(vs, [[1], []])))
e = {(1, 2): 3}
print(dict(e.keys()))
rows = [{"a": 1}, {"a": 2}]
print(dict(enumerate(rows)), dict(zip(ks, rows)))
pairs = [(1, 2), (3, 4), (1, 5)]
print(dict(pairs), dict(enumerate(ks)), dict((k, 2 * v) for k, v in pairs), dict([(v, k) for k, v in pairs]))
print(dict(pairs[:0]) == {}, len(dict(zip(ks, [True, False]))))
