# error: 4:7: error: AttributeError: 'dict' object has no attribute 'name': read the key as p['name']
# a dict's keys are no attributes (CPython raises AttributeError).
p = {"name": "ann", "age": 31}
print(p.name)
