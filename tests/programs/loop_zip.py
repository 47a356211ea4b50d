# for a, b in zip(...): lists, arrays and ranges, stopping at the shortest; nested targets;
# lists that change during the loop.
from array import array

xs = [1, 2, 3, 4]
ys = [10, 20, 30]
for a, b in zip(xs, ys):
    print(a, b, a * b)
for a, b, c in zip(xs, ys, range(100, 0, -25)):
    print(a + b + c, end=" ")
print()
for (a, b), c in zip(zip(xs, ys), array('h', [-5, -6])):
    print(a, b, c)
for t, (i, y) in zip(range(3), enumerate(ys, 1)):
    print(t, i, y)
for (a,) in zip(xs):
    print(a, end=" ")
print()
print("after:", a, b, c)

total = 0
for x, y in zip(range(5), range(3, 100)):
    total += x * y
else:
    print("total", total)

grow = [1]
other = [0, 0, 0, 0]
for g, o in zip(grow, other):  # each list is read by index, live
    grow.append(g + 1)
print(grow)

short = [1, 2, 3]
for a, b in zip(short, [7, 8, 9, 10]):
    if a == 2:
        short.pop()
    print(a, b)

def dot(u, v):
    s = 0
    for p, q in zip(u, v):
        s += p * q
    return s

print(dot([1, 2, 3], [4, 5, 6]), dot([1], [2, 3]))
w = [0]
w.pop()
for a, b in zip(w, xs):
    print("never")
else:
    print("an empty list ends zip at once")
for a, b in zip(xs, [3, 4]):
    if a == b:
        break
else:
    print("no break", a, b)
