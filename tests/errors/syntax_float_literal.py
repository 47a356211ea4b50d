# error: 3:5: error: floats are not supported: kilopy has only ints; write 1.5 as the fixed-point int 384 (1.5 * 256, Q8) and multiply with fixed.mul_shift(a, b, 8) (docs/language.md, Integers and overflow)
# float literals are refused: kilopy has only ints.
x = 1.5
print(x)
