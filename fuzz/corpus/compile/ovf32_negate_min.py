# kilopy: overflow16
# kilopy: overflow32
# The most negative 32-bit int divided by -1 gives 2147483648, which does not fit in 32 bits.
m = -2147483647 - 1
print(m)
print(m // 1, m % -1)
print(m // -1)
