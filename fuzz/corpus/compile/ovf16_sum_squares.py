# kilopy: overflow16
# Sums of squares and cubes exceeding 16 bits.
s = 0
c = 0
for i in range(1, 1001):
    s += i * i
    if i <= 300:
        c += i * i * i
print(s, s == 1000 * 1001 * 2001 // 6)
print(c, c == (300 * 301 // 2) ** 2)
