# error: 4:1: error: augmented assignment (|=) to an element or a field that is a set is not supported in kilopy: take it in a name first (s = d[k]; s |= t)
# an in-place set operator on a dict's value.
d = {1: {2}}
d[1] |= {3}
print(len(d[1]))
