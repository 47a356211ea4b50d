# error: 10:18: error: key=d.get of a dict or None is not supported in kilopy (for None CPython raises AttributeError reading d.get, before it iterates d): test d is not None first
# max(d, key=d.get) of a dict or None: CPython raises AttributeError (d.get) before TypeError (iterating d).
def load(n):
    if n:
        return {"a": n, "b": n + 1}
    return None


d = load(0)
print(max(d, key=d.get))
