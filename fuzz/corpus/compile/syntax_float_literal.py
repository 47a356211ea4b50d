# error: 3:5: error: floats are not supported: kilopy has only ints (use scaled integers, e.g. 15 for 1.5 with scale 10)
# float literals are refused: kilopy has only ints.
x = 1.5
print(x)
