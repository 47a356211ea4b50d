# error: 3:34: error: this dict would hold an int here and a string before it: kilopy dicts hold one value type; for a record with fields of different types, use a class (p.age for p["age"]) or a tuple
# a dict used as a record whose values differ in type: kilopy dicts hold one value type.
people = [{"name": "ann", "age": 31}, {"name": "bob", "age": 25}]
for p in people:
    print(p["name"], p["age"])
