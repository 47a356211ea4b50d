# error: 4:7: error: a '%' or left- or center-aligned float format ('{0:.1%}', '{0:<8.2f}') of a value another field formats too is not supported in kilopy: pass the value twice
# '{0:.1%}' formats x * 100, which the field '{0}' must not see.
x = 3
print("{0:.1%} of {0}".format(x))
