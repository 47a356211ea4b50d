# An int formatted with '%': the digits of float(n) * 100, which CPython writes without an int
# growing past the width: n's digits then 00 (0 alone), padded, signed, as a str.format too.
hits, tries = 7, 2
ratio = hits * 100 // tries
print(f"{ratio:.1%}")
n = 400
print(f"{n:.0%}|{n:8.1%}|{n:<9%}|{n:^10.0%}|{n:+.0%}|{n: .0%}|{n:*>9.0%}")
z = 0
print(f"{z:.0%}|{z:+.1%}|{z:6.0%}")
m = -5
print(f"{m:.0%}|{m:8.2%}")
b = True
f = False
print(f"{b:.0%} {f:.0%}")
print("{:.1%}".format(ratio), format(n, "%"))
print(f"{n:,.0%}" if n < 300 else "skip")
print("%d%%" % n)
