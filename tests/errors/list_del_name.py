# error: 4:5: error: del of a name or an attribute is not supported in kilopy (del xs[i] and del xs[a:b] are)
# del of a variable is refused (del works on elements and slices).
x = 1
del x
