# kilopy: overflow16
# kilopy: overflow32
# 65536 * 32768 == 2**31 exceeds 32 bits; the value below it (65536 * 32767) still fits.
print("start")
a = 65536
print(a * 32767)
print(a * 32768)
