# error: 4:9: error: del of a slice with a step is not supported in kilopy (del xs[a:b] is): assign what to keep instead (for del xs[::2], xs[:] = xs[1::2])
# del of a slice with a step (CPython deletes every other element).
a = [1, 2, 3]
del a[::2]
