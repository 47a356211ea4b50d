# key= on objects, list.sort(key=...), keys with effects (called once each, in order), len as a
# key, and an empty sequence: CPython's ValueError.
def neg(x):
    return -x


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
sort_in_place([5, 2, 8, 1, 9])
words = [[1, 2, 3], [4], [5, 6]]
print(sorted(words, key=len), max(words, key=len))
print(max([0] * 0, key=abs))
