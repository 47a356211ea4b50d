# sorted() and sort() order strs by their texts inside lists and tuples too (a list of lists of
# strs once sorted by where the strs were stored), and dict views feed sum, min, max, sorted, list.
rows = [["b", "x"], ["a", "y"], ["a"], []]
print(sorted(rows), sorted(rows, reverse=True))
rows.sort()
print(rows)
pairs = [(2, "b"), (1, "z"), (2, "a"), (1, "a")]
print(sorted(pairs), sorted(pairs, reverse=True))
same = pairs
pairs.sort(reverse=True)
print(same)
a = [1]
b = [1]
lists = [a, b]
lists.sort(reverse=True)
lists[0].append(9)
print(a, b)
counts = {}
for w in "the cat and the hat and the bat".split():
    counts[w] = counts.get(w, 0) + 1
for word, n in sorted(counts.items()):
    print(word, n)
print(sorted(counts.items(), reverse=True)[:2], sum(counts.values()), max(counts.values()), min(counts.keys()))
print(list(counts.values()), list(counts.keys()), list(counts.items())[0], sorted(counts.values()))
print(sorted(("b", i, "z" * i) for i in range(3)))
