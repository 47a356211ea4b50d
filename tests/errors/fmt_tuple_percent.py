# error: 4:13: error: formatting a tuple with '%' is not supported in kilopy: use an f-string (f"{t}") or str(t)
# '%' with a tuple field is refused (f-strings and str() take tuples).
t = (1, 2)
x = "%s" % (t,)
