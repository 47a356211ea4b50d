# error: 4:12: error: list() of a dict or set of strs is not supported in kilopy yet: write sorted(d), or loop over it (for k in d) and append to a list
# list() of a dict with str keys (its keys in insertion order) is refused.
d = {"b": 1, "a": 2}
print(list(d))
