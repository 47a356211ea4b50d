# error: 3:6: error: kilopy has no module 'math' (CPython's is not in the subset): kilopy has no floats; stdlib_micro/fixed.py has fixed-point helpers (docs/language.md, Fixed point instead of floats), and abs, min, max, pow and divmod are builtins
# a from-import of a module of CPython's that kilopy lacks: the message says what to use instead.
from math import gcd
print(1)
