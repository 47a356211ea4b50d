# Typed arrays: array('b'|'B'|'h'), indexing, assignment, len, iteration, print.
from array import array

a = array('b', [1, -2, 3])
print(a, len(a), a[0], a[-1])
a[1] = 127
a[2] -= 3
print(a)
for v in a:
    print(v, end=" ")
print()
print(array('h', [0] * 0), array('B', [255] * 3), array('h', [-32768, 32767]))
w = array('b', [0] * 4)
w[0] += 100
print(w, sum(w), min(w), max(w), 100 in w, 5 in w)
u = array("B", [1, 2])
u[0] = 0
print(u, len(u))
