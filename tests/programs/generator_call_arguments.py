# A generator call as the argument of sum, min, max, any, all, list, tuple, sorted and set.


def upto(n):
    i = 0
    while i < n:
        yield i
        i += 1


def total(n):
    return sum(upto(n)) + max(upto(n + 1))


print(sum(upto(5)), min(upto(3)), max(upto(3)), total(4))
print(any(upto(2)), all(upto(2)), any(upto(0)), all(upto(0)))
print(list(upto(4)), tuple(upto(3)), sorted(upto(3), reverse=True), sorted(set(upto(3))))
print(max(upto(4), default=9), min(upto(0), default=-1))
