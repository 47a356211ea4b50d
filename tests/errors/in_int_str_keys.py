# error: 4:9: error: 'in' would look for an int among the keys of a dict[str, int], which never holds one: kilopy needs the key type
# an int looked for among a dict's str keys (CPython: always False).
ds = {"k": 1, "": 2}
print(0 in ds)
