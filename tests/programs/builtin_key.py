# min, max, sorted with key= (a lambda, a function name, None) of lists and ints: each key computed
# once, in order; the first least/greatest element; a stable sort, reverse=True too.
def second(p):
    return p[1]


def neg(x):
    return -x


def pairs_by_key(pairs):
    print(sorted(pairs, key=second))
    print(sorted(pairs, key=lambda p: p[1], reverse=True))
    print(sorted(pairs, key=lambda p: p[0] % 2))
    print(min(pairs, key=second), max(pairs, key=second))
    print(min(pairs, key=lambda p: p[0] + p[1]), max(pairs, key=lambda p: p[0] + p[1]))


def ints_by_key():
    print(min(3, -7, 5, key=abs), max(3, -7, 5, key=abs), max([4, -4, 2], key=abs))
    print(sorted([3, -1, 2, -3, 1], key=abs))
    print(sorted([3, -1, 2], key=neg), sorted([1, 2, 3], key=None))
    print(sorted([True, False, True], key=lambda b: not b))
    print(min([x * 2 for x in range(5)], key=lambda v: (v - 5) * (v - 5)))


pairs_by_key([[3, 1], [1, 2], [2, 1], [4, 2]])
ints_by_key()
