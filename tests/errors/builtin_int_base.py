# error: 4:7: error: int() with a base is not supported in kilopy yet (it parses a str)
# int(x, base): parsing text is not supported yet.
x = 5
print(int(x, 2))
