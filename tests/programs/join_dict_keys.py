# sep.join(d) and sep.join(d.keys()) of a dict with str keys: its keys, in the dict's order.

d = {"b": 2, "a": 1, "c": 3}
print(",".join(d), "-".join(d.keys()))
counts = {}
for w in "the cat the hat".split():
    counts[w] = counts.get(w, 0) + 1
print(" ".join(counts), "|".join(sorted(counts)))
print("+".join(k.upper() for k in d))
