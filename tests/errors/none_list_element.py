# error: 7:9: error: 'found' is a list or None, which kilopy does not take here: it takes one in is None, is not None, == None, print(), str(), f-strings, indexing, unpacking, len(), for loops and method calls (None raising CPython's TypeError there), and keeps one in a name, field, parameter or result: use its elements (x[0]) or len(x) there, after testing x is not None
# a list or None as a list element: refused.
found = None
for v in [3, 1]:
    if v > 2:
        found = [v]
rows = [found]
print(rows)
