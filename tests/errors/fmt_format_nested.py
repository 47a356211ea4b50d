# error: 5:7: error: a replacement field inside a str.format spec ('{:{}}') is not supported in kilopy: write the width as a number, or use an f-string, whose width may be a field (f'{x:>{w}}')
# str.format takes no field inside a spec (an f-string takes the width as one).
x = 5
w = 4
print("{:>{}}".format(x, w))
