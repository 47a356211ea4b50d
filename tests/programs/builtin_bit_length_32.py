# kilopy: overflow16
# bit_length of 32-bit ints, the most negative one included.
print((2147483647).bit_length(), (-2147483647 - 1).bit_length(), (65536).bit_length())
n = -2147483648
print(n.bit_length(), (n + 1).bit_length())
