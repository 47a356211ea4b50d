# Tuple keys holding strs (interned: compared as ints): counting, printing, sorted(), sets of
# them, comprehensions, ==, and a dict of them inside other containers.
counts = {}
words = "a b a c b a".split()
for i in range(len(words) - 1):
    key = (words[i], words[i + 1])
    counts[key] = counts.get(key, 0) + 1
print(counts)
print(sorted(counts), sorted(counts, reverse=True), list(counts))
print(max(counts, key=counts.get), ("a", "b") in counts, ("b", "b") in counts)
for (a, b), n in sorted(counts.items(), key=lambda kv: -kv[1]):
    print(a, b, n)
print(len(counts), counts.pop(("b", "a")), counts)
del counts[("a", "b")]
counts[("a" + "b", "b")] = 7
print(counts, counts[("ab", "b")])
s = {("x", 1), ("y", 2), ("x", 1)}
print(len(s), sorted(s), ("x", 1) in s, ("x", 2) in s)
s.add(("z", 0))
print(sorted(s, reverse=True))
trip = {(w, len(w), w.upper()): i for i, w in enumerate(["ab", "c", "ab"])}
print(trip, sorted(trip))
for k in trip:
    print(k[0], k[1], k[2])
print(counts == {("a", "c"): 1, ("c", "b"): 1, ("ab", "b"): 7})
print(f"{counts}", str(trip), "%s" % trip)
print({"outer": {("p", 1): 2}}, [{("a", 1): 1}, {("b", 2): 2}])
seen = {}
for label, feature, value in [("no", 0, "hot"), ("yes", 1, "mild"), ("no", 0, "hot")]:
    k = (label, feature, value)
    seen[k] = seen.setdefault(k, 0) + 1
hot = ("no", 0, "hot")
print(seen, seen.get(hot), seen.get(("no", 1, "hot"), -1))
try:
    print(seen[("yes", 0, "mild")])
except KeyError:
    print("missing")
