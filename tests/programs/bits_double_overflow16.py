# kilopy: overflow16
# x << 1 of run-time values (the AVR firmware doubles with an overflow test, bytecode/arith.h):
# small values of both signs, -1 doubled to -32768 (fits 16 bits), 1 doubled past 16 bits
# (OverflowError at 16), then to 2**30, and -32768 doubled to -2**31 (fits 32 bits).
for v in range(-3, 4):
    print(v << 1)
y = -1
for i in range(15):
    y <<= 1
print(y)
x = 1
for i in range(30):
    x <<= 1
    if i > 12:
        print(x)
for i in range(16):
    y <<= 1
print(y)
