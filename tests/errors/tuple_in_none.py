# error: 4:9: error: 'in' would look for an int in a tuple[int, None]: kilopy looks for ints and bools in tuples of ints and bools, and strs in tuples of strs
# 'in' a tuple holding None: None is 0 in a slot, so kilopy refuses it rather than find 0.
t = (1, None)
print(0 in t)
