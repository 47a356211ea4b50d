# str(), repr() and f-strings of dicts as new strs: str, bool, tuple keys, list and str values.
d = {"a": [1, 2], "b": []}
d2 = {1: "x", 2: "y'"}
d3 = {True: False}
d4 = {}
d4[(1, 2)] = 3
msg = f"d={d} d2={d2!r}"
print(msg, len(msg))
print(str(d3) + repr(d4), "{}".format(d2))
s = str(d2)
print(s[1:5], len(str(d)))
