# error: 4:7: error: '%g' formats a float, and kilopy has no floats (its rounding is a float's): use '%d' with scaled integers, or '%f', which formats an int exactly
# '%g' rounds as a float does; kilopy takes '%f' of an int only.
n = 1234567
print("%g" % n)
