# error: 4:13: error: kilopy makes a dict whose values differ in type a record with the keys of its display, read and written by key (p["age"]), shown, compared, measured with len() and tested with `in`: its .items() is not supported: use a dict of one value type, or a class
# a record (a dict display whose values differ in type) has no .items(), .keys(), ...
p = {"name": "ann", "age": 31}
for k, v in p.items():
    print(k, v)
