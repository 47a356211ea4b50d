# Lists: literals, len, indexing (negative too), item assignment, w[i] += d, print.
w = [3, 1, 4, 1, 5]
print(w, len(w), w[0], w[-1], w[-5])
w[1] = 10
w[-1] += 7
w[2] -= 9
print(w)
flags = [True, False, True]
print(flags, flags[1], len(flags))
flags[1] = True
print(flags)
empty = [0] * 0
print(empty, len(empty), [7] * 3, 2 * [1, 2], [5] * -1)
i = 0
while i < len(w):
    w[i] *= 2
    i += 1
print(w)
