# Dicts and sets keyed by strs built at run time: equality is by text.
text = "the cat and the hat and the bat"
counts = {}
for w in text.split():
    counts[w] = counts.get(w, 0) + 1
print(counts, len(counts), counts["the"], "cat" in counts, "dog" not in counts)
key = "c" + "at"
counts[key] += 10
del counts["and"]
print(counts, counts.pop("bat"), counts.get("bat", -1))
for k, v in counts.items():
    print(k, v, end=" ")
print()
seen = set()
for ch in "mississippi":
    seen.add(ch)
print(len(seen), "s" in seen, "z" in seen)
names = {"a" + str(i): i * i for i in range(4)}
print(names, names["a3"])
print(counts["do" + "g"])
