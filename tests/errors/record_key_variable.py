# error: 5:13: error: kilopy makes a dict whose values differ in type a record with the keys of its display, read with a str constant (p["age"]): write the key, or use a dict of one value type
# a record is read with str constant keys: a key in a variable is refused.
p = {"name": "ann", "age": 31}
for key in ["name", "age"]:
    print(p[key])
