# A dict or None that holds a dict: indexing, stores, del, in, len, loops, methods, views, printing and truth.
def maybe(n):
    if n > 0:
        return {"a": n, "b": n * 2}
    return None


d = maybe(3)
n = maybe(0)
print(d, n)
print(d["a"], len(d), "a" in d, "z" not in d, d is None, d is not None, d == None, d != None)
print(n is None, n is not None, n == None, n != None)
for k in d:
    print(k, d[k])
for k, v in d.items():
    print(k, v)
for k in d.keys():
    print(k)
for v in d.values():
    print(v)
print(d.get("a", 0), d.get("q", -1), d.get("a"), d.get("zz"))
d["c"] = 7
print(d)
del d["c"]
print(d, sum(d.values()) if d else 0)
print(sorted(d), list(d), str(d), f"{d}", "%s" % d, str(n), f"<{n}>", "%s" % n)
if d:
    print("true")
if not n:
    print("n false")
print(len(d) > 0)
print(3 in d.values(), "a" in d.keys())
d.setdefault("z", 9)
print(d.pop("z"), d.pop("q", 0))
d.update({"w": 1})
print(d)
e = d if len(d) > 2 else None
print(e)
d.clear()
print(d, len(d), d is None)
