# Constant expressions that a compiler may fold; results must still match CPython.
print(2 + 3 * 4, (2 + 3) * 4, 2 * 3 ** 2, -3 ** 2, (-3) ** 2)
print(100 // 7 % 5, 100 % 7 // 2, -100 // 7, -100 % 7)
print(1 << 4 + 1, (1 << 4) + 1, 255 >> 2 >> 1, 0xff & 0x0f, 12 | 3 ^ 5)
print(~5 & 0xff, -(-(-1)), 10 - -10, 7 - - - 7)
print(1 + True, False * 9, 3 < 4, 4 < 3)
k = 60 * 60 * 9 // 3
print(k)
