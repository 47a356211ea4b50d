# error: 6:7: error: 'best' is a tuple or None, which kilopy does not take as an operand: it takes one in is None, is not None, == None, print(), str(), f-strings, indexing, unpacking, len(), for loops and method calls (None raising CPython's TypeError there), and keeps one in a name, field, parameter or result: use its elements (x[0]) or len(x) there, after testing x is not None
# a tuple or None as an operand of +: refused.
best = None
for v in [3, 1]:
    best = (v, v)
print(best + (2,))
