# error: 15:3: error: kilopy tests 'r' (a dict or None) for None before it evaluates this key, where CPython evaluates the key first: assign it to a name first
# d[k] = v with d a dict or None and a key that may raise: kilopy would test d before the key.
def row(n):
    if n > 0:
        return {1: n}
    return None


def key():
    print("key")
    return 1


r = row(0)
r[key()] = 5
