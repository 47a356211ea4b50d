# Constant tables read from flash on the AVR: bytes (uint8), int8 and int16 elements, by index,
# len and for, and a constant list literal copied from one.
SQ = (0, 7, 28, 63, 112, 175, 252, 87, 192, 55, 188, 79, 240, 159, 92, 39, 0, 231, 220, 223, 240, 15, 60, 119, 192, 23, 124, 239, 112, 255, 156, 71, 0, 199, 156, 127, 112, 111, 124, 151, 192, 247, 60, 143, 240, 95, 220, 103, 0, 167, 92, 31, 240, 207, 188, 183, 192, 215, 252, 47, 112, 191, 28, 135)
NEG = (-128, -1, 0, 1, 127)
WIDE = (-30000, -28763, -27526, -26289, -25052, -23815, -22578, -21341)


def total(t):
    s = 0
    for v in t:
        s ^= v
    return s


print(len(SQ), SQ[5], SQ[-1], total(SQ), NEG[0] + NEG[4], NEG[-2], WIDE[3], WIDE[-1] - WIDE[0])
for v in NEG:
    print(v, v in WIDE)
i = 0
while SQ[i] != 0 or i == 0:
    i += 1
print(i, 175 in SQ, 176 in SQ)
xs = [9, 8, 7, 6]
xs[0] = SQ[63]
print(xs)
