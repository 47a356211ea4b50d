# A 15-bit Galois LFSR (b = s & 1; s >>= 1; if b: s ^= 0x6000), its outputs and its period (16-bit safe).
def step(s):
    b = s & 1
    s >>= 1
    if b:
        s ^= 0x6000
    return s

s = 1
for i in range(20):
    s = step(s)
    print(s, end=" ")
print()
start = 12345
s = step(start)
period = 1
while s != start:
    s = step(s)
    period += 1
print("period", period)
bits = 0
s = 1
for i in range(15):
    bits = (bits << 1) | (s & 1)
    s = step(s)
print(bits)
