# sorted() of a dict or a set with str keys: a list of strs in code point order.
counts = {}
for w in "the cat and the dog and the bird".split():
    counts[w] = counts.get(w, 0) + 1
for w in sorted(counts):
    print(w, counts[w])
seen = {"pear", "fig"}
seen.add("apple" + "s")
print(sorted(seen), sorted(seen, reverse=True), sorted(counts, reverse=True)[0])
