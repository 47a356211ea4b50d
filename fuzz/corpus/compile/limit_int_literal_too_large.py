# error: 3:5: error: OverflowError: the constant 3000000000 does not fit in a 32-bit int
# an int literal that does not fit in 32 bits (CPython accepts this).
x = 3000000000
print(x)
