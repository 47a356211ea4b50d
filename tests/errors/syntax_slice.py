# error: 4:9: error: slices of several dimensions are not supported in kilopy
# a slice of several dimensions is refused.
m = [[1, 2], [3]]
print(m[0:1, 1])
