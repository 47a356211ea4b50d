# error: 4:12: error: AttributeError: module 'math' has no attribute 'sqrt' (kilopy has no floats: math.isqrt(n) is the integer square root)
# math.sqrt gives a float: kilopy's math (stdlib_micro/math.py) has only the int functions.
import math
print(math.sqrt(16))
