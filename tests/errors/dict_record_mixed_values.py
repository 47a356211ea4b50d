# error: 6:12: error: this would store an int in a dict[str, str]: kilopy dicts hold one value type; for a record with fields of different types, write one display with all its keys ({"name": n, "age": a}), which kilopy makes a record, or use a class
# a dict filled key by key with values of two types: kilopy dicts hold one value type (a display
# with all the keys would be a record).
p = {}
p["name"] = "ann"
p["age"] = 31
print(p)
