# '%' formatting of a tuple variable with several fields.
pair = (3, "x")
print("%d-%s" % pair)
def span(a, b):
    return a, b
lo_hi = span(2, 9)
print("from %d to %d" % lo_hi, "[%-3d|%5s]" % pair)
line = "%s=%d" % ("k", 4)
point = (1, 2, 3)
print("(%d, %d, %d)" % point, line)
rows = [(1, "a"), (2, "b")]
for r in rows:
    print("row %d: %s" % r)
