# Generators consumed by sum(), min(), max(), any(), list() and comprehensions; yield from.


def squares(n):
    for i in range(n):
        yield i * i


def readings(xs):
    i = 0
    while i < len(xs):
        v = xs[i]
        i += 1
        if v < 0:
            continue
        yield v


def chained(a, b):
    yield from squares(a)
    yield from b
    yield -1


print(sum(x for x in squares(5)))
print([x + 1 for x in squares(4)])
print(list(x for x in readings([4, -1, 7, -3, 2])))
print(max(v for v in readings([4, -1, 7, -3, 2])))
print(any(v > 6 for v in readings([4, -1, 7])))
print(all(v > 6 for v in readings([4, -1, 7])))
print({x: x * 2 for x in squares(3)})
print([v for v in chained(3, [7, 8])])
print(sorted(v for v in chained(4, [5])))


def total(rows):
    return sum(v for v in readings(rows))


print(total([1, -2, 3]), total([]))
