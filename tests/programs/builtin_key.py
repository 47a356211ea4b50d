# min, max, sorted and list.sort with key= (a lambda, a function name, None): each key computed
# once, in order; the first least/greatest element; a stable sort, reverse=True too; an empty
# sequence raises CPython's ValueError.
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
    print(sorted([3, -1, 2, -3, 1], key=abs), sorted([3, -1, 2], key=neg), sorted([1, 2, 3], key=None))
    print(sorted([True, False, True], key=lambda b: not b))
    print(min([x * 2 for x in range(5)], key=lambda v: (v - 5) * (v - 5)))


def sort_in_place(xs):
    xs.sort(key=lambda v: v % 3)
    print(xs)
    xs.sort(key=neg, reverse=True)
    print(xs)


class Model:
    def __init__(self, name, score):
        self.name = name
        self.score = score


def rank(models):
    best = max(models, key=lambda m: m.score)
    order = sorted(models, key=lambda m: m.score, reverse=True)
    print(best.name, [m.name for m in order], min(models, key=lambda m: m.score).name)


def noisy(v):
    print("key", v)
    return v % 2


rank([Model(1, 5), Model(2, 9), Model(3, 5), Model(4, 9)])
print(sorted([4, 1, 3], key=noisy), min([4, 1, 3], key=noisy))
pairs_by_key([[3, 1], [1, 2], [2, 1], [5, 0], [4, 2]])
ints_by_key()
sort_in_place([5, 2, 8, 1, 9])
words = [[1, 2, 3], [4], [5, 6]]
print(sorted(words, key=len), max(words, key=len))
print(max([0] * 0, key=abs))
