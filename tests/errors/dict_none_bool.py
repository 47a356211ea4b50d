# error: 9:12: error: the result of row() is a dict or None, which kilopy does not take here: it takes one in is None, is not None, == None, tests (if d:), print(), str(), f-strings, d[k], d[k] = v, del d[k], in, len(), for loops and method calls (None raising CPython's TypeError or AttributeError there), and keeps one in a name, field, parameter or result: use its items (d[k]) or len(d) there, after testing d is not None
# bool() of a dict or None: refused (its truth in if/while/not is taken).
def row(n):
    if n > 0:
        return {1: n}
    return None


print(bool(row(1)))
