# list methods and builtins on lists of str values: insert, pop, remove, ==, slices, list(),
# any() and all() (an empty str is false).
names = ["a", "b", "c", "b"]
names.remove("b")
names.insert(0, "first")
print(names, names.pop(), names.pop(0), names[0])
labels = ["low", "mid", "high"]
print(labels == ["low", "mid", "high"], labels != ["low"], labels[1:], labels[::-1])
copy = list(labels)
copy[0] = "LOW"
print(copy, labels, any(["", ""]), any(["", "x"]), all(["x", "y"]), all(["x", ""]))
