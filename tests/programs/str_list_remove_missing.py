# remove() of a missing str from a list of strs: a list's message, not an array's
names = ["a", "b"]
names.remove("a")
print(names)
names.remove("c")
