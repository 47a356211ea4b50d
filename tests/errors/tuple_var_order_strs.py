# error: 4:9: error: ordering tuples of str is not supported in kilopy (of ints and bools, and == of strs, it is): compare their elements
# ordering tuples of strs would compare the strs' values, not their texts.
t = tuple(["a"])
print(t < t)
