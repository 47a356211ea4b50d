# kilopy: overflow16
# Left shifts producing values beyond 16 bits: 1 << 20, 1 << 30, -1 << 31.
print(1 << 14)
print(1 << 15)
print(1 << 20)
print(1 << 30)
print(-1 << 31)
print(3 << 29)
x = 1
for i in range(30):
    x <<= 1
print(x, x >> 30, x >> 29)
