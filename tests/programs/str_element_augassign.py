# += and *= on a str held in a list element or a dict value make a new str, as they do on a
# name (an int's + there would add the strs' ids).
xs = ["a", "b"]
xs[0] += "x"
xs[1] *= 3
print(xs)
d = {"k": "ab"}
d["k"] += "cd"
d["k"] *= 2
print(d)
labels = ["" for _ in range(3)]
for i, c in enumerate("hello"):
    labels[i % 3] += c
print(labels, [len(s) for s in labels])
