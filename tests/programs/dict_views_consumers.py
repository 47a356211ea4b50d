# A dict's keys(), values() and items() as the argument of sorted, sum, min, max and list.
counts = {}
for w in "the cat and the hat and the bat".split():
    counts[w] = counts.get(w, 0) + 1
for word, n in sorted(counts.items()):
    print(word, n)
print(sorted(counts.items(), reverse=True)[:2], sum(counts.values()), max(counts.values()), min(counts.keys()))
print(list(counts.values()), list(counts.keys()), list(counts.items())[0], sorted(counts.values()))
print(sorted(("b", i, "z" * i) for i in range(3)))
