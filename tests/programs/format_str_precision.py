# A precision on a str field keeps its first characters (%5.1s, {s:.2}, "{:.3}".format(s)),
# in print() and in a built str; a spec after !r / %r pads repr(s); the % flags on ints.
s = "abcdef"
t = "héllo"
q = "it's"
print("%d items, %5.1s|" % (3, "abc"))
print("%5.1s|%-6.3s|%.0s|%.9s|" % (s, s, s, t))
print(f"{s:.2}|{t:.2}|{s:>6.3}|{s:_^7.1}|{s:.10}|")
print("{:.3}|{:<5.2}|".format(s, t), "{1:.1}{0:.2}".format(s, t))
u = f"{s:.2}" + "%.3s" % t + "{:>4.1}".format(q)
print(u, len(u))
print("%-5s|%05d|%+d|%x|%o|%%|%r|%X|%#x|%#o|% d|%5d|%-5d|%+05d|" % ("ab", 42, 7, 255, 8, "q", 255, 255, 8, 3, -4, 9, -3))
print("%r %r %s %s" % (3, True, None, q))
print("%5r|%-8r|%.3r|%7.4r|" % (s, s, s, q))
print(f"{s!r:>10}|{q!r:.3}|{s!r:^12}|")
v = "%6r" % s + f"{q!r:<9}|"
print(v)
for n in range(4):
    print("[%.2s]" % s[n:], f"[{s[n:]:>3.1}]")
