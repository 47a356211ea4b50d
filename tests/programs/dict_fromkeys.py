# dict.fromkeys(xs, v) with v an int, bool or str literal.
words = ["b", "a", "b", "c"]
counts = dict.fromkeys(words, 0)
for w in words:
    counts[w] += 1
print(counts)
tags = dict.fromkeys(range(3), "none")
tags[1] = "one"
print(tags, dict.fromkeys("xyx", -1), dict.fromkeys([], True))
seen = dict.fromkeys(sorted(words), False)
print(list(seen), len(seen))
