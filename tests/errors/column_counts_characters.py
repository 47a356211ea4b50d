# error: 4:22: error: floats are not supported: kilopy has only ints (for the square root x ** 0.5, write math.isqrt(x)); write 0.5 as the fixed-point int 128 (0.5 * 256, Q8) and multiply with fixed.mul_shift(a, b, 8) (docs/language.md, Integers and overflow)
# The column counts characters, as CPython's does, not the UTF-8 bytes of the Chinese text
# before it (6 bytes, 2 characters).
label = "内存"; rate = 0.5
