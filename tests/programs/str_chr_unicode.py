# Non-ASCII text: chr() above 127 (UTF-8), ord(), len(), indexing, slicing and iteration by
# characters, and repr() of such text.
codes = [233, 0x3A9, 0x416, 0x2192, 0x263A, 0x5185, 0x5B58, 0x3042, 0x4E2D, 65]
s = ""
for c in codes:
    s = s + chr(c)
ok = True
for i in range(len(codes)):
    ok = ok and ord(s[i]) == codes[i]
print(s, len(s), ok)
print(s[0], s[-1], s[5:7], s[::-2], s[1:4] + "!", len(s[5:]))
print(repr(s), [s[0], s[1], s[2]], s.find(chr(0x5B58)), chr(0x5185) + chr(0x5B58) in s)
print(len("内存"), "内存"[1], ord("内存"[0]), chr(ord("é")) == "é")
for ch in "añ→あ":
    print(ch, ord(ch), len(ch), repr(ch))
try:
    chr(-1)
except ValueError:
    print("ValueError")
print(chr(codes[0] - 300))
