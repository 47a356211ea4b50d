# kilopy: overflow16
# kilopy: overflow32
# Adding 1 to 2**31 - 1 leaves the 32-bit range: CPython prints 2147483648, kilopy raises OverflowError.
print("start")
x = 2147483647
print(x)
x += 1
print(x)
