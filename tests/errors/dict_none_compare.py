# error: 10:9: error: kilopy compares a dict or None only with None (x is None, x is not None): compare its items (x[k] == y) or len(x) after testing x is not None
# a dict or None compared with a dict (CPython: None == d is False): refused, compare its items.
def row(n):
    if n > 0:
        return {"n": n}
    return None


r = row(1)
print(r == {"n": 1})
