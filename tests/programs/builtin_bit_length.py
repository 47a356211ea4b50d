# x.bit_length() of ints (negative ones and the extremes) and bools.
for v in range(-9, 10):
    print(v, v.bit_length(), end="; ")
print()
print((0).bit_length(), (255).bit_length(), (256).bit_length(), (-256).bit_length())
print((32767).bit_length(), (-32768).bit_length(), (-32767 - 1).bit_length())
t = True
f = False
print(t.bit_length(), f.bit_length(), (t + t).bit_length())
n = 1
for i in range(14):
    n = n * 2
    print(n.bit_length(), (n - 1).bit_length(), (-n).bit_length(), end=" ")
print()
