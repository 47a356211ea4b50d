# error: 10:9: error: 'r' is a dict or None, which kilopy does not take here: it takes one in is None, is not None, == None, tests (if d:), print(), str(), f-strings, d[k], d[k] = v, del d[k], in, len(), for loops and method calls (None raising CPython's TypeError or AttributeError there), and keeps one in a name, field, parameter or result: use its items (d[k]) or len(d) there, after testing d is not None
# a dict or None as a list element: refused (a list holds dicts, never None).
def row(n):
    if n > 0:
        return {"n": n}
    return None


r = row(1)
rows = [r]
print(rows)
