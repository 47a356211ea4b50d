# round() of a value past the 16-bit range: OverflowError at 16 bits where CPython would grow.
# kilopy: overflow16
x = 32000
print(round(x + 760, -1))
print(round(x + 760, -2))
print(round(x + 760, -3))
