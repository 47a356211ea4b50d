# Starred targets: `*rest` takes, in a new list, the elements the other targets leave.
rows = [[1, 2, 3, 0], [4, 5, 6, 1], [7, 8, 9, 1]]
for *features, label in rows:
    print(features, label, sum(features))
first, *rest = rows[0]
rest.append(99)
print(first, rest, rows[0])
a, *mid, z = [10, 20, 30, 40, 50]
print(a, mid, z)
a, *mid, z = [10, 20]
print(a, mid, z)
*init, = [1, 2]
[p, *q] = [5]
print(init, p, q)
head, *tail = [7, 8, 9]
print(head, tail)
for i, (x, *ys) in enumerate([[1, 2], [3]]):
    print(i, x, ys)
print([b for a, *b in rows if a > 1])


def split_last(xs):
    *body, last = xs
    return body, last


print(split_last([3, 4, 5]))
try:
    a, b, *c = [1]
except ValueError:
    print("too short")
