# kilopy: overflow16
# 32767 + 1 leaves the 16-bit range (fine at 32 bits and in CPython).
x = 32766
x += 1
print(x)
x += 1
print(x)
print(x * 2)
