# lists of str values: literal lists, append, indexing, len, for loops, `in`, index/count,
# nested lists, and print() with CPython's repr quoting.
names = []
names.append("a")
names.append("it's")
names.append("tab\t")
names.append('say "hi"')
names.append("both ' and \"")
names.append("back\\slash\n\x01\x7f")
names.append("内存 ok")
names.append("")
print(names)
print(len(names), "a" in names, "b" in names, "b" not in names, "" in names)
for n in names:
    print(f"{n!r}", len(n), end=";")
print()
print(names.index("内存 ok"), names.count("a"), names[-1] == "")
grid = [["a", "b"], ["c"]]
grid[1].append("d")
print(grid, grid[1][0], len(grid[0][1]))
labels = ["low", "mid", "high"]
counts = [0] * len(labels)
for i in range(7):
    counts[i % 3] += 1
for c in range(len(labels)):
    print(labels[c], counts[c])


def longest(words):
    best = ""
    for w in words:
        if len(w) > len(best):
            best = w
    return best


print(longest(labels), longest([]) == "")
