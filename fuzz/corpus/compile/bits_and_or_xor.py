# Bitwise & | ^ on positive and negative ints (two's complement semantics with infinite sign extension).
a = 12
b = 10
print(a & b, a | b, a ^ b)
print(-12 & 10, -12 | 10, -12 ^ 10)
print(12 & -10, 12 | -10, 12 ^ -10)
print(-12 & -10, -12 | -10, -12 ^ -10)
print(0 & -1, 0 | -1, 0 ^ -1, -1 & -1, -1 ^ -1)
print(255 & -256, 255 | -256, 255 ^ -256)
x = 0
for i in range(8):
    x = x ^ (i * 37)
    print(x, end=" ")
print()
print(~a & b, ~(a & b), ~a | ~b)
