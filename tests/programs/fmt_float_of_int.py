# 'f', 'F' and '%' format an int or a bool as CPython formats float(v): its digits, then ".000"
# (no rounding); in print(), in strs built by f-strings, '%' and str.format, and format().
x = 3
readings = [512, -7, 0, 300]
print(f"{5:.2f}", "%.1f" % 3, "%f" % 2, f"{x:8.3f}|", f"{-7:+.1f}", f"{3:.0f}", f"{x:.1%}")
print(f"{x:#.0f}", f"{x:F}", f"{-x:08.2f}", f"{x:<8.1f}|", f"{x:*^9.1f}|", f"{-x:=9.1f}|")
print(f"{1234:,.2f}", f"{-1234:012,.1f}", f"{1234:_.0f}", f"{0:.1%}", f"{-2:>8.0%}|")
print(f"{True:.2f}", f"{False:<6.1f}|", "%.1f" % True, f"{True:.0%}")
for i, r in enumerate(readings):
    line = "ch%d: %7.2f|%-8.1f|%+.0f" % (i, r, r, r)
    print(line, len(line))
    s = f"{r:>9.3f}|{r:<9.1f}|{r:^9.0f}|{r // 10:.1%}"
    print(s, "{:.2f} {:>7.1f}".format(r, r), format(r, ".1f"), format(r, "<7.2f") + "|")
print("%08.3f|%-+9.1f|% .2f|%#.0f|%F" % (x, x, x, x, x))
print("{0:.1f} {0} {0:>6.1f}|{0:=+7.2f}".format(x), "{0:.0%} {1:<5.1f}|".format(x, 2))
