# int(s, base): a device config of hex, binary and octal fields, parsed as CPython parses them.
CONFIG = ["addr=0x1F", "mask=0b1010_0101", "mode=0o17", "gain=  -12 ", "id=7f", "bad=0xZZ", "dup=1__0", "lead=007"]


def field(line):
    name = line[:line.find("=")]
    text = line[line.find("=") + 1:]
    try:
        if name == "id":
            return int(text, 16)
        return int(text, 0)
    except ValueError as e:
        print("skipped", name + ":", e)
        return -1


total = 0
for line in CONFIG:
    v = field(line)
    print(line, "->", v)
    if v >= 0:
        total += v
print("total", total)

for s, b in [("ff", 16), ("FF", 16), ("0xff", 16), ("-0XfF", 16), ("z", 36), ("Zz", 36), ("101", 2), ("+0b_1", 2),
             ("777", 8), ("0o_7_7", 8), ("12", 3), (" \t42\n", 10), ("0", 0), ("00", 0), ("0_0", 0), ("-0", 0), ("1_000", 0)]:
    print(repr(s), b, int(s, b))
for s, b in [("", 16), ("0x", 16), ("0x_", 16), ("_1", 10), ("1_", 10), ("0b2", 0), ("0b1", 8), ("012", 0), ("+-1", 10),
             ("- 1", 10), ("1 2", 10), ("9", 8), ("g", 16), ("0x1", 10), ("it's", 16), ("1", 1), ("1", 37), ("1", -1)]:
    try:
        print(int(s, b))
    except ValueError as e:
        print(e)
base = 2
print(int("1111", base), int("1111", base + 6), int("zz", 36))
