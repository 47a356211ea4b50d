# error: 4:14: error: '...' % t of a tuple built by tuple() is not supported in kilopy (CPython formats each of its elements): write them out, '%d %d' % (t[0], t[1])
# '%d' % t formats t's elements in CPython, not the tuple.
t = tuple([1])
print('%d' % t)
