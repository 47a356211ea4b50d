# error: 7:7: error: '%' formatting with several fields takes its values as a tuple written out in kilopy: write fmt % (a, b), or fmt % (t[0], t[1]) for a tuple t (CPython's TypeError where the value is no tuple)
# '%' formatting of two fields with a call's result (a name holding a tuple is taken).
def person():
    return "ann", 31


print("%s is %d" % person())
