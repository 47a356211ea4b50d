# zip(*words): columns of characters, tuples of strs; sorted() of the columns.
words = ["abc", "de", "fgh"]
for t in zip(*words):
    print(t, "".join(t))
print(sorted(zip(*[[3, 1], [2, 4]]), reverse=True))
