# error: 3:11: error: ordering comparisons of lists and arrays are not supported in kilopy
# ordering comparisons of lists are refused.
print([1] < [2])
