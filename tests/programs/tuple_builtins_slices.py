# Tuples of ints (or of bools) in list(), sorted(), sum(), min(), max(), any(), all(), and tuple
# slices with constant bounds (a new tuple whose length is known when compiling), index() and count().
T = (5, 3, 9, 1, -4)
B = (False, True, False)


def spread(t):
    return max(t) - min(t)


def pair():
    a = 7
    return (a, a * 2, a * 3)


print(list(T), sorted(T), sorted(T, reverse=True), sum(T), min(T), max(T), spread(T))
print(any(B), all(B), sum(B), min(B), max(B), list(B), sorted(B))
print(T[1:3], T[::-1], T[:2], T[3:], T[-2:], T[::2], T[1:-1:3], T[4:0:-2])
p = pair()
print(p[1:], sum(p), list(p[::-1]), (1, (2, 3), True)[1:], ((1, 2), 3)[:1])
xs = list(T)
xs.append(0)
print(xs, T, len(T[0:100]))
print(min(T[1:]), sum(T[::2]), sorted(p[:2]) == [7, 14])
print(T.index(9), T.count(3), T.count(7), B.index(True), B.count(False), p.count(14), p[1:].index(21))
