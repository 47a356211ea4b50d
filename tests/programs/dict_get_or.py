# d.get(k) or y (and the like) as a value, a print() argument and a text: d.get(k) is taken once,
# in CPython's order; an int or a str that may be None beside a str of the other type in a text.
log = []
log2 = []
def f(x):
    log.append(x)
    return x
d = {"a": 3, "b": 0}
kb = "b"
total = f(1) + (d.get(kb) or f(10)) + f(100)
print(total, log)
class Store:
    def __init__(self):
        self.items = {"k": 2}
    def get(self, k):
        log2.append("get " + k)
        return self.items.get(k)
s = Store()
print(s.get("k") or 0, s.get("m") or 0)
print(log2)
n = 0
left = {"x": 3}
while left.get("x") or 0:
    left["x"] = left["x"] - 1
    n += 1
print(n, left)
seen = {}
for w in "to be or not to be".split():
    seen[w] = (seen.get(w) or 0) + 1
print(seen)
best = max(d.get(k) or -1 for k in "abc")
print(best)
print([d.get(k) or len(k) for k in "ab"] if n else "skip")
d2 = {"a": 1, "z": 0}
v2 = d2.get("b")
print(v2 or "none")
print(d2.get("a") or "none")
print(d2.get("z") or "zero")
label = d2.get("q") or -5
print(label)
print(f"{d2.get('a') or 'n/a'} and more")
names2 = {1: "one", 2: ""}
print(names2.get(1) or 0)
print(names2.get(2) or 0)
w2 = names2.get(3)
print(w2 if w2 else -1, str(w2 or 5))
print(v2 and "yes")
