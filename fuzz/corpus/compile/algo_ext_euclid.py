# Extended Euclid with three-way tuple assignment, and modular inverses verified.
def inverse(a, m):
    old_r, r = a, m
    old_s, s = 1, 0
    while r != 0:
        q = old_r // r
        old_r, r = r, old_r - q * r
        old_s, s = s, old_s - q * s
    if old_r != 1:
        return -1
    return old_s % m

for a in range(1, 15):
    inv = inverse(a, 15)
    if inv < 0:
        print(a, "no inverse")
    else:
        print(a, inv, a * inv % 15)
print(inverse(17, 3120), inverse(3, 7), inverse(10, 17))
