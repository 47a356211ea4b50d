# index() in a list of tuples or of lists: CPython's ValueError, the missing value's repr then
# "is not in list", which a handler's `as e` reads.
pairs = [(1, 2), (3, 4)]
rows = [[1], [2, 3]]
words = [("a", 1), ("b", 2)]
for p in [(3, 4), (5, 6)]:
    try:
        print(pairs.index(p))
    except ValueError as e:
        print("pairs:", e)
for r in [[2, 3], [9]]:
    try:
        print(rows.index(r))
    except ValueError as e:
        print("rows:", e)
try:
    print(words.index(("b", 2)), words.index(("c", 3)))
except ValueError as e:
    print("words:", e)
print(pairs.index((7, 7)))
