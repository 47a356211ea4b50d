# error: 4:7: error: true division '/' gives a float, and kilopy has only ints: use '//' for floor division
# '/' gives a float in Python, so kilopy refuses it.
a = 7
b = a / 2
print(b)
