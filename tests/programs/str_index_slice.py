# Indexing, slicing (negative indices, steps) and iteration of strs, UTF-8 aware; ord and chr.
word = "kilopy-内存é"
print(word[0], word[-1], word[7], word[-3], len(word))
print(word[1:4], word[:3], word[6:], word[-4:-1], word[::2], word[::-1], word[5:1:-1], word[100:], word[-100:2])
print(word[1:-1:3], word[::-3], word[2:2] == "")
for ch in "héllo":
    print(ch, ord(ch), end="; ")
print()
codes = [ord(c) for c in "AZaz09 ~"]
print(codes, chr(72) + chr(105), chr(0) == "\x00", [chr(10), chr(39)])
s = ""
for c in "abc":
    s = c + s
print(s, [c * 2 for c in s])
i = 0
out = ""
while i < len(word):
    if word[i] != "-":
        out += word[i]
    i += 2
print(out)
