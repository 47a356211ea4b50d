# kilopy: overflow16
# kilopy: overflow32
# 2 ** 30 and 1 << 30 fit in 32 bits; 1 << 31 (2147483648) does not.
print(2 ** 30)
print(1 << 30)
print((1 << 30) - 1 + (1 << 30))
print(1 << 31)
