# x % c and x // c by a constant power of two c compile to x & (c - 1) and x >> log2(c)
# (frontend/fold.cpp): Python's floor semantics for negative x too, bools included, in
# expressions, augmented assignments, list elements, loops with break/continue and nested loops.

MASK_BASE = 64


def parts(a):
    print(a % 2, a // 2, a % 8, a // 8, a % 128, a // 128, a % 256, a // 1024, a % MASK_BASE)
    print(a % -8, a // -8, a % 6, a // 6)


def aug(a, b):
    a %= 16
    b //= 4
    return a * 100 + b


values = [-32768, -1025, -129, -128, -9, -8, -7, -1, 0, 1, 7, 8, 9, 127, 128, 255, 256, 1024, 32767]
for v in values:
    parts(v)
    print(aug(v, v), (v > 0) % 4 - (v < 0) // 2 * 3)
t = True
f = False
print(t % 2, t // 2, -t % 4, -t // 4, f % 8, f // 8, (t + t) % 2)
cells = [-5, 6, -7]
cells[0] %= 4
cells[1] //= 2
cells[2] //= 8
print(cells)
total = 0
for i in range(-20, 20, 3):
    if i % 4 == 1:
        continue
    for j in range(3):
        if (i + j) // 8 == 1:
            break
        total = total * 3 % 1024 + (i - j) // 2 + (i * j) % 32
print(total)
