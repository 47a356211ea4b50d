# Tuples indexed by a variable (one element type), divmod kept as a tuple, nested unpacking,
# tuples inside tuples and lists, a comprehension of tuples printed and in an f-string.
h = (10, 20, 30)
k = 0
while k < 3:
    print(h[k], h[-1 - k])
    k += 1
q = divmod(17, 5)
print(q)
g = ((1, 2), [(3, True)])
print(g)
(e, f), w = (1, 2), 3
print(e, f, w)
pts = [(i, i * i) for i in range(4)]
print(pts)
print(f"{len(pts)} items")
