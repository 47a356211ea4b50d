# kilopy: overflow16 overflow32
# expect: bits_shift_by_one.py", line 16, in <module>
# x >> 1 and x << 1 of run-time values (the AVR firmware has a path of its own for a shift by
# 1, bytecode/arith.h): halving both signs down to 0 and -1, doubling to the most negative
# int of each width (it fits), then the positive one past it (OverflowError at both widths).
v = 12345
w = -12345
for i in range(15):
    v >>= 1
    w >>= 1
    print(v, w)
x = 1
y = -1
for i in range(32):
    y <<= 1
    x <<= 1
    print(x, y)
