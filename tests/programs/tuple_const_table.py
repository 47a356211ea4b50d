# Constant tables: tuples of int and bool literals live in the image, not the arena (a 256-entry
# sigmoid table, baked weights of every element size), read by index, len, for, in, ==, <, calls.
SIG = (
    1, 1, 1, 1, 1, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 3, 3, 3, 3, 3, 3, 3, 3, 4, 4, 4, 4, 4, 4,
    5, 5, 5, 5, 5, 6, 6, 6, 6, 7, 7, 7, 7, 8, 8, 8, 9, 9, 10, 10, 10, 11, 11, 12, 12, 13, 13, 14,
    14, 15, 15, 16, 17, 17, 18, 19, 19, 20, 21, 22, 23, 23, 24, 25, 26, 27, 28, 29, 30, 32, 33, 34,
    35, 36, 38, 39, 41, 42, 43, 45, 47, 48, 50, 51, 53, 55, 57, 59, 61, 62, 64, 67, 69, 71, 73, 75,
    77, 80, 82, 84, 87, 89, 91, 94, 96, 99, 101, 104, 106, 109, 112, 114, 117, 120, 122, 125, 128,
    130, 133, 135, 138, 141, 143, 146, 149, 151, 154, 156, 159, 161, 164, 166, 168, 171, 173, 175,
    178, 180, 182, 184, 186, 188, 191, 193, 194, 196, 198, 200, 202, 204, 205, 207, 208, 210, 212,
    213, 214, 216, 217, 219, 220, 221, 222, 223, 225, 226, 227, 228, 229, 230, 231, 232, 232, 233,
    234, 235, 236, 236, 237, 238, 238, 239, 240, 240, 241, 241, 242, 242, 243, 243, 244, 244, 245,
    245, 245, 246, 246, 247, 247, 247, 248, 248, 248, 248, 249, 249, 249, 249, 250, 250, 250, 250,
    250, 251, 251, 251, 251, 251, 251, 252, 252, 252, 252, 252, 252, 252, 252, 253, 253, 253, 253,
    253, 253, 253, 253, 253, 253, 253, 253, 253, 254, 254, 254, 254
)
WEIGHTS = (-3, 120, -128, 127, 0)          # int8 elements
WIDE = (1000, -32768, 32767, 255, 256)     # int16 elements
FLAGS = (True, False, True)


def sigmoid(x):
    if x < -128:
        return SIG[0]
    if x > 127:
        return SIG[-1]
    return SIG[x + 128]


def dot(w, xs):
    total = 0
    for i in range(len(w)):
        total += w[i] * xs[i]
    return total


print(len(SIG), SIG[0], SIG[128], SIG[255], SIG[-256])
print(sigmoid(-500), sigmoid(-24), sigmoid(0), sigmoid(24), sigmoid(500))
acc = 0
for v in SIG:
    acc += v
print(acc, 200 in SIG, 256 in SIG)
print(dot(WEIGHTS, [1, 2, 3, 4, 5]), WEIGHTS, WIDE, FLAGS)
print(WIDE == (1000, -32768, 32767, 255, 256), WIDE < (1000, -32768, 32767, 255, 257), WEIGHTS != WIDE)
a, b, c = FLAGS
print(a, b, c, FLAGS[1], len(FLAGS))
pts = [(1, 2), (3, 4)]
pts.append((1, 2))
print(pts, (1, 2) in pts, pts.count((1, 2)), pts == [(1, 2), (3, 4), (1, 2)])
pts.remove((3, 4))
pts.sort(reverse=True)
print(pts, sorted([(2, 1), (1, 9), (1, 2)]))
i = 0
while SIG[i] < 128:
    i += 1
print(i, SIG[i - 1], SIG[i])
print(SIG)
print(SIG[300 - 256 * 2])
