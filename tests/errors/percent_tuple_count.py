# error: 4:20: error: '%' formatting with 2 fields takes a tuple of 2 values in kilopy, not a tuple[str, int, int] (CPython's TypeError where the counts differ or the value is no tuple)
# '%' formatting of two fields with a name holding a tuple of three (CPython: not all arguments converted).
row = ("ann", 31, 7)
print("%s is %d" % row)
