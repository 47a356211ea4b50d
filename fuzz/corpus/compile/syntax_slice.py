# error: 4:9: error: slices are not supported; index one element at a time
# slices are refused.
x = 5
print(x[1:2])
