# Bit counting: population count with x & (x - 1), with shifts, and the lowest set bit.
def popcount(x):
    c = 0
    while x:
        x = x & (x - 1)
        c += 1
    return c

def popcount2(x):
    c = 0
    while x > 0:
        c += x & 1
        x >>= 1
    return c

def lowbit(x):
    return x & -x

total = 0
for n in range(0, 300, 7):
    a = popcount(n)
    b = popcount2(n)
    assert a == b, "popcount mismatch"
    total += a
print(total)
for n in range(1, 17):
    print(n, popcount(n), lowbit(n), sep=":", end=" ")
print()
print(popcount(32767), popcount(255), popcount(0))
