# error: 4:5: error: kilopy makes a dict whose values differ in type a record with the keys of its display, which cannot lose keys: use a dict of one value type, or keep a flag
# a record keeps the keys of its display: del of a key is refused.
p = {"name": "ann", "age": 31, "tmp": True}
del p["tmp"]
print(p)
