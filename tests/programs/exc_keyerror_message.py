# raise KeyError("k") shows repr("k") as CPython does, caught or not.
d = {"a": 1}
try:
    raise KeyError("a")
except KeyError:
    print("caught")
raise KeyError("missing key")
