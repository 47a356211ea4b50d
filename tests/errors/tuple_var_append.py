# error: 4:1: error: 'tuple' object has no attribute 'append'
# a tuple has no append(), in CPython too (AttributeError).
t = tuple([1, 2])
t.append(3)
