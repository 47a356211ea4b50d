# error: 4:7: error: ValueError: unsupported format character '%' (0x25) at index 3
# '%5%': only a bare '%%' is a percent sign (CPython takes a value for it, then raises).
n = 3
print("[%5%] %d" % n)
