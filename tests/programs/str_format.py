# str values in format fields with a spec: width, alignment and fill (characters, not UTF-8
# bytes, count toward the width), through f-strings, '%' and str.format.
names = ["loss", "accuracy", "内存", ""]
for name in names:
    print(f"[{name:>10}] [{name:<6}] [{name:^7}] [{name:*^9}] [{name:3}] [{name!s:>5}]")
    print("[%5s] [%-5s] [%s]" % (name, name, name), "[{0:>4}] [{0:_<6}]".format(name))
w = "ab"
print(f"{w:.<12}{7:>4}")
