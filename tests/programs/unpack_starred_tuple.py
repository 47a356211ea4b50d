# A starred target unpacking a tuple: the name gets a new list of the elements the others leave.
rows = [(3, 7, 0), (4, 6, 1), (8, 2, 1)]
for *x, y in rows:
    print(x, y, len(x), sum(x))
for first, *rest in rows:
    rest.append(first)
    print(first, rest)
head, *mid, tail = (1, 2, 3, 4, 5)
print(head, mid, tail)
name, *scores = ("ann", 90, 85, 77)
print(name, scores, max(scores))
*names, total = ("a", "b", "c", 3)
print(names, total)
t = (10, 20, 30)
a, *b = t
b[0] = 99
print(a, b, t)
