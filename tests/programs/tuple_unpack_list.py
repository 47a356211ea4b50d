# Unpacking lists and arrays: for a, b in rows over a list of lists, nested, in enumerate, and
# in assignments; the length is checked at run time.
from array import array
rows = [[1, 2], [3, 4]]
for a, b in rows:
    print(a + b)
for i, (a, b) in enumerate(rows):
    print(i, a, b)
x, y = rows[1]
print(x, y)
(p, q), r = [[5, 6], [7, 8]]
print(p, q, r)
def f(n):
    return [n] * n
for k in range(4):
    u, v = f(2) if k == 2 else [k, k]
    print(u, v)
rows.append([9])
c, d = array('b', [-1, 2])
print(c, d)
