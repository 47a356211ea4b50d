# error: 4:1: error: 'a' holds an int or None: kilopy assigns it in an assignment of its own (x = v, not x = y = v)
# a chained assignment to a name holding an int or None (one boxed value for two targets).
a = None
a = b = 4
print(a, b)
