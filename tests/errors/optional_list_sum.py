# error: 5:11: error: sum() of a list whose elements may be None is not supported in kilopy (it takes one in indexing, slices, for loops, len(), print(), str(), f-strings, append(), insert(), pop(), copy(), clear(), reverse(), * n, extend(), += and + with another such list, and as a name, field, parameter or result): loop over its elements, testing each for None
# sum() of a list whose elements may be None (it would read the Boxes as ints) is refused.
xs = [None] * 3
xs[1] = 4
print(sum(xs))
