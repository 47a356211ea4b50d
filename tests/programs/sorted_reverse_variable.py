# sorted(xs, reverse=r) with r a variable anywhere in an expression (a print argument, indexed).
xs = [3, 1, 2]
desc = True
print(sorted(xs, reverse=desc), sorted(xs, reverse=not desc))
words = ["bb", "a", "ccc"]
for r in (False, True):
    print(r, sorted(words, key=len, reverse=r), sorted(words, key=lambda w: w[-1], reverse=r), sorted(xs, reverse=r)[0])
