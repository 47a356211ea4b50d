# Formatting with a spec outside print(): f-strings, % and .format build strs (FMTSTR) that
# equal what print() shows, for ints, bools, None, strs (widths count characters) and literals.
x = 5
n = -42
name = "ab"
flag = True
s = f"{x:>4}|{n:05d}|{n:+}|{x:x}|{255:#X}|{12345:,}|{x:<3}|{x:^5}|{n:_b}"
print(s)
t = f"{name:>5}|{name:<4}|{name:^6}|{name:*^7}|{flag:>6}|{flag:d}|{None!r:>6}|{'q'!r}|{x!r:>3}"
print(t)
u = "%5d|%-4d|%x|%X|%o|%+d|%05d|%5s|%-5s|%r|%s" % (x, n, 255, 255, 8, x, n, name, name, "lit", flag)
print(u)
v = "{:>4}|{:<6}|{:04}|{name:>4}".format(x, name, n, name=name)
print(v, len(v))
rows = []
for i in range(3):
    rows.append(f"{i:2d}: {i * i:>3}")
print(rows)
w = f"{'x' * 3:>5}"
print(w)
print(f"{x:3}" == "  5", f"{flag}")
city = "内存"
label = f"[{city:>4}]"
print(label, len(label))
report = ""
for step in range(200):
    report = f"{step:>5}|{step * 7 % 13:02x}"
print(report)
