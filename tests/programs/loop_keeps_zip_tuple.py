# A for loop over zip() or enumerate() that keeps each tuple whole in one name: the tuple
# CPython's zip() yields, nested for enumerate(zip(...)); the name keeps the last one after.
xs = [1, 2, 3]
ys = ["a", "b", "c"]
for p in zip(xs, ys):
    print(p, p[0], p[1] * p[0])
print("last", p)
for item in enumerate(ys, 1):
    print(item)
for row in enumerate(zip(xs, ys, [True, False, True])):
    i, (n, s, flag) = row
    if flag:
        print(row, i, n, s)
pairs = [p for p in zip(xs, ys) if p[0] != 2]
print(pairs, len(pairs))


def best(scores, names):
    top = None
    for entry in zip(scores, names):
        if top is None or entry[0] > top[0]:
            top = entry
    return top


print(best([3, 9, 4], ["x", "y", "z"]))
print(sorted(t for t in zip([3, 1, 2], "cab")))
for e in enumerate([]):
    print("never")
