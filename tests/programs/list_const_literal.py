# A list literal of int and bool constants is copied from a table in the image: any length (here
# 100, past the 64 registers a frame has), a new list each time it runs, aliasing as CPython.
W = [
    -120, -83, -46, -9, 28, 65, 102, -112, -75, -38, -1, 36, 73, 110, -104, -67, -30, 7, 44, 81,
    118, -96, -59, -22, 15, 52, 89, 126, -88, -51, -14, 23, 60, 97, -117, -80, -43, -6, 31, 68, 105,
    -109, -72, -35, 2, 39, 76, 113, -101, -64, -27, 10, 47, 84, 121, -93, -56, -19, 18, 55, 92, 129,
    -85, -48, -11, 26, 63, 100, -114, -77, -40, -3, 34, 71, 108, -106, -69, -32, 5, 42, 79, 116,
    -98, -61, -24, 13, 50, 87, 124, -90, -53, -16, 21, 58, 95, -119, -82, -45, -8, 29
]
FLAGS = [True, False, True, True]


def fresh():
    return [7, -1, 300, 7]


print(len(W), sum(W), W[0], W[99], W[-37], min(W), max(W))
W.append(1)
W[3] += 1000
print(len(W), W[3], W[-1], W.index(-120), W.count(7))
a = fresh()
b = fresh()
a[0] = 8
print(a, b, fresh() == b)
FLAGS.remove(False)
print(FLAGS, [0, 0, 0] == [0] * 3, [1, 2, 3] + [4, 5, 6])
for i in range(3):
    xs = [i, 2, 3]
    ys = [1, 2, 3]
    ys.append(i)
    print(xs, ys)
