# len(d), iteration and d.items() of a dict or None: CPython's TypeError or AttributeError for None.
def load(ok):
    if ok:
        return {"w": 3, "h": 4}
    return None


d = load(True)
print(len(d), [k for k in d], [(k, v) for k, v in d.items()])
n = load(False)
try:
    for k in n:
        print(k)
except TypeError as e:
    print("for:", e)
try:
    print([(k, v) for k, v in n.items()])
except AttributeError as e:
    print("items:", e)
print(len(n))
