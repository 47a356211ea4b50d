# A dict or None used while it is None: each operation raises CPython's error.
def maybe(n):
    if n > 0:
        return {"a": n}
    return None


n = maybe(0)
k = "a"
m = {1: 2} if k == "b" else None
try:
    print(n[k])
except TypeError as e:
    print("index:", e)
try:
    print(len(n))
except TypeError as e:
    print("len:", e)
try:
    print(k in n)
except TypeError as e:
    print("in:", e)
try:
    print(k not in n)
except TypeError as e:
    print("not in:", e)
try:
    print(n.get(k, 0))
except AttributeError as e:
    print("get:", e)
try:
    print(n.get(k))
except AttributeError as e:
    print("get one:", e)
try:
    print(n.pop(k))
except AttributeError as e:
    print("pop:", e)
try:
    print(n.pop(k, 0))
except AttributeError as e:
    print("pop default:", e)
try:
    print(n.setdefault(k, 1))
except AttributeError as e:
    print("setdefault:", e)
try:
    n.update({"b": 2})
except AttributeError as e:
    print("update:", e)
try:
    n.clear()
except AttributeError as e:
    print("clear:", e)
try:
    print(sorted(n))
except TypeError as e:
    print("sorted:", e)
try:
    print(list(n))
except TypeError as e:
    print("list:", e)
try:
    print(sum(m))
except TypeError as e:
    print("sum:", e)
try:
    print(min(m))
except TypeError as e:
    print("min:", e)
try:
    print(max(m))
except TypeError as e:
    print("max:", e)
try:
    print(any(n))
except TypeError as e:
    print("any:", e)
try:
    print(k in n.keys())
except AttributeError as e:
    print("in keys:", e)
try:
    print(1 in n.values())
except AttributeError as e:
    print("in values:", e)
try:
    n[k] = 1
except TypeError as e:
    print("store:", e)
try:
    del n[k]
except TypeError as e:
    print("del:", e)
try:
    for x in n:
        print(x)
except TypeError as e:
    print("for:", e)
try:
    for a, b in n.items():
        print(a, b)
except AttributeError as e:
    print("items:", e)
try:
    for a in n.keys():
        print(a)
except AttributeError as e:
    print("keys:", e)
try:
    for b in n.values():
        print(b)
except AttributeError as e:
    print("values:", e)
try:
    print([v for v in n])
except TypeError as e:
    print("comprehension:", e)
try:
    print({a: b for a, b in n.items()})
except AttributeError as e:
    print("dict comprehension:", e)
print("about to index")
print(n["a"])
print("unreachable")
