# error: 4:3: error: this record's display has no key 'city' (kilopy makes a dict whose values differ in type a record with the keys of its display, which cannot gain keys): give its display this key
# a record keeps the keys of its display: a store to another key is refused.
p = {"name": "ann", "age": 31}
p["city"] = "Oslo"
print(p)
