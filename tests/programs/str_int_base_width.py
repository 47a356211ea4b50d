# int(s, base) at the ends of the 16-bit range; a longer value is an OverflowError at 16 bits.
# kilopy: overflow16
# expect: OverflowError
print(int("-8000", 16), int("7fff", 16), int("-0b1000000000000000", 0), int("77777", 8))
print(int("-32768", 10), int("32767", 0))
print(int("ffff", 16))
print(int("7fffffff", 16), int("-80000000", 16))
