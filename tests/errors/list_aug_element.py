# error: 4:1: error: augmented assignment to an element that is a list is not supported in kilopy: use its methods (m[i].extend(ys))
# += on an element that is a list.
m = [[1], [2]]
m[0] += [3]
