# error: 3:10: error: a negative exponent gives a float in CPython (2 ** -1 is 0.5), and kilopy has only ints: for 1 / x**n in fixed point, divide (SCALE // x**n)
# A constant to a negative constant power: a float in CPython.
half = 2 ** -1
print(half)
