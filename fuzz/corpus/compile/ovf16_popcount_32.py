# kilopy: overflow16
# Bit operations on 31-bit values: masks, popcount, and shifts of large negatives.
def popcount(x):
    c = 0
    while x:
        x &= x - 1
        c += 1
    return c

big = 2147483647
print(popcount(big), popcount(1431655765), popcount(big ^ 1431655765))
print(big >> 16, big & 65535, (big >> 1) | 1)
n = -2147483647 - 1
print(n >> 16, n >> 31, n >> 40, ~n, n & 65535)
print(-65536 >> 8, 65536 >> 17, 1 << 24 | 1 << 8)
