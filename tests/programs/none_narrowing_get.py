# d.get(k) and d.pop(k, None) give the value or None; a test before a read narrows the name (narrow.cpp).
names = {"a": "alpha", "b": "beta"}
ages = {"alpha": 3, "beta": 5}
def describe(key):
    name = names.get(key)
    if name is None:
        return "unknown " + key
    age = ages.get(name)
    if age is None:
        return name.upper()
    return name + ":" + str(age * 2)
print(describe("a"), describe("z"))

best = None
for w in ["pear", "fig", "banana", "kiwi"]:
    if best is None or len(w) > len(best):
        best = w
print(best, best.upper() if best is not None else "-")

def first_long(words, n):
    found = None
    for w in words:
        if len(w) >= n:
            found = w
            break
    if not found:
        return "none"
    return found + "!"
print(first_long(["a", "bbb"], 2), first_long(["a"], 5))

def total(xs):
    acc = None
    for x in xs:
        if acc is None:
            acc = x
            continue
        acc = acc + x
    return acc
print(total([1, 2, 3]), total([]))

def pick(d, k):
    v = d.get(k)
    if v is not None and v > 2:
        return v * 10
    return -1 if v is None else v
print(pick({1: 5, 2: 1}, 1), pick({1: 5, 2: 1}, 2), pick({1: 5}, 9))

hist = {}
def add(k):
    xs = hist.get(k)
    if xs is None:
        xs = []
        hist[k] = xs
    xs.append(len(xs))
for k in [1, 2, 1, 1]:
    add(k)
print(hist)
cache = {"x": [1, 2]}
got = cache.pop("x", None)
gone = cache.pop("x", None)
print(got, gone, cache)
