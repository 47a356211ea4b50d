# error: 4:3: error: tuple keys are not supported in kilopy yet: key the dict by an int (i * n + j)
# tuple keys are refused for now.
d = {}
d[1, 2] = 3
print(d)
