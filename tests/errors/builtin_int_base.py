# error: 4:7: error: int() with a base is not supported: kilopy has no strings yet
# int(x, base): kilopy has no strings yet.
x = 5
print(int(x, 2))
