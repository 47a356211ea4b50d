# error: 4:1: error: augmented assignment (*=) to an element that is a list is not supported in kilopy: write m[i] = m[i] * n, or use its methods
# *= on an element that is a list (+= extends it in place; *= is not supported there).
m = [[1], [2]]
m[0] *= 3
