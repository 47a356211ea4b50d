# Tuples ordered lexicographically (<, <=, >, >=, chains, different lengths), sorted() and sort() of
# lists of int tuples, `in` a tuple and a list of tuples, for loops over tuples, count() and remove().
t = (1, 2, True)
print(1 in t, 3 in t, 0 in t, True in t, 3 not in t)
for x in (4, 5, 6):
    print(x, end=" ")
print()
for p in ((1, 2), (3, 4)):
    print(p)
print([y * 2 for y in (1, 2)])
hs = [(0, 0)] * 3
hs[1] = (1, 1)
print(hs.count((0, 0)))
hs.remove((1, 1))
print(hs)
print((True, 1) == (True, 1), (1, 2) != (1, 3))
ts = [(1, 2), (1, 3), (2, 0), (1, 2)]
for a in ts:
    for b in ts:
        print(int(a < b), int(a <= b), int(a > b), int(a >= b), end=" ")
    print()
print((1,) < (1, 0), (1, 0) < (1,), (1, 2) <= (1, 2, 0), (2,) > (1, 9, 9), (True, 0) < (1, 1))
if (1, 2) < (1, 3) < (2, 0):
    print("chain")
best = (0, 0)
for i in range(5):
    cand = ((i * 7) % 5, i)
    if cand > best:
        best = cand
print(best)
pts = [(3, 1), (1, 2), (3, 0), (1, 2), (2, 9)]
print(sorted(pts), sorted(pts, reverse=True))
pts.sort()
print(pts)
pts.sort(reverse=True)
print(pts, (2, 9) in pts, (9, 2) in pts)
w = [(True, 2), (False, 3)]
w.sort()
print(w)
