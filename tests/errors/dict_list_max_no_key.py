# error: 4:11: error: TypeError: '<' not supported between instances of 'dict' and 'dict' (max() of a list of dicts): give key=, max(rows, key=lambda r: r[k])
# max() of a list of dicts without key= is CPython's TypeError.
rows = [{"loss": 3}, {"loss": 2}]
print(max(rows))
