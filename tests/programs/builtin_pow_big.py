# kilopy: overflow16
# pow(a, b, m) with 32-bit operands: products need 64 bits, but nothing overflows.
print(pow(2147483646, 2147483647, 2147483647))
print(pow(-2147483648, 65537, 2147483647), pow(123456789, 987654321, -2147483648))
print(pow(65537, -1, -2147483648), pow(-2147483648, 3, -2147483647))
print(pow(40000, 2, 40009), pow(3, 19))
