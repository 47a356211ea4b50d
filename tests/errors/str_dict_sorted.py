# error: 4:14: error: sorted() of a dict or set of strs is not supported in kilopy yet: loop over it (for k in d) and append to a list
# sorted() of a dict with str keys: the VM orders ints.
d = {"b": 1, "a": 2}
print(sorted(d))
