# for i, x in enumerate(xs[, start]): over lists, arrays, ranges; live lists; else; the
# variables after the loop.
from array import array

xs = [5, 7, 9]
for i, x in enumerate(xs):
    print(i, x)
for i, x in enumerate(xs, 10):
    print(i, x, end="; ")
print()
for i, x in enumerate(xs, -2):
    print(i * x, end=" ")
print()
for k, v in enumerate(array('b', [-1, 2, -3]), True):
    print(k, v)
for i, r in enumerate(range(10, 0, -4)):
    print(i, r)
print("after:", i, r)

grow = [1, 2]
for i, g in enumerate(grow):  # appended elements are visited, as in CPython
    if g < 8:
        grow.append(g * 4)
print(grow, i, g)

shrink = [1, 2, 3, 4, 5]
for i, s in enumerate(shrink):
    shrink.pop()
print(shrink, i, s)

def first_at_least(ws, limit):
    for i, w in enumerate(ws):
        if w >= limit:
            break
    else:
        return -1
    return i

print(first_at_least([3, 8, 12], 8), first_at_least([3, 8], 100))

empty = [0]
empty.pop()
n = 0
for i, e in enumerate(empty):
    n += 1
else:
    print("empty loop, else runs", n)

flags = [True, False, True]
for i, f in enumerate(flags, 1):
    if f:
        continue
    print("false at", i)
for i, (a, b) in enumerate(zip(xs, flags)):
    print(i, a, b)
