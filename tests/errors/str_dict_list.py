# error: 4:12: error: list() of a dict with str keys is not supported in kilopy yet: write list(d.keys()), the same list
# list() of a dict with str keys (its keys in insertion order) is refused.
d = {"b": 1, "a": 2}
print(list(d))
