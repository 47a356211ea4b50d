# Generators consumed by comprehensions of every kind, sorted/min/max/any/all/tuple/join of
# generator expressions, nested comprehension clauses, and a long loop.


def pairs(xs):
    for i in range(len(xs) - 1):
        yield xs[i], xs[i + 1]


def evens(n):
    for i in range(n):
        if i % 2 == 0:
            yield i


def total(xs):
    s = 0
    for a, b in pairs(xs):
        s += a * b
    return s


print(total([1, 2, 3, 4]))
print(sorted([a - b for a, b in pairs([5, 1, 4])]))
print(min(e for e in evens(7)), max(e for e in evens(7)), sum(e for e in evens(0)))
print(any(e > 4 for e in evens(7)), all(e < 4 for e in evens(7)))
print(tuple(e * 3 for e in evens(5)))
print(sorted({e % 4 for e in evens(9)}))
print(", ".join(str(e) for e in evens(6)))
print([x * y for x in evens(3) for y in evens(5) if x != y])
big = 0
for e in evens(300):
    big += e
print(big)
