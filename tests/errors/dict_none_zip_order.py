# error: 10:20: error: kilopy tests 'd' (a dict or None) for None before it evaluates this argument, where CPython evaluates it first: test it is not None first, or assign this argument to a name
# zip(d, d.values()) of a dict or None: CPython evaluates d.values() (AttributeError) before iterating d.
def load(n):
    if n:
        return {"a": n}
    return None


d = load(0)
for k, v in zip(d, d.values()):
    print(k, v)
