# start= given by keyword to enumerate() and sum(), and sum(generator, start): the start is the
# first operand of the sum (a list start is not extended in place, as CPython's sum adds).
xs = [5, 6, 7]
for i, x in enumerate(xs, start=5):
    print(i, x)
print(list(enumerate(xs, start=-1)), sum(xs, start=10), sum(xs, 100))
print(sum((x * x for x in range(4)), 10), sum((x for x in xs if x > 5), start=-13))
offset = 1000
print(sum((x - 6 for x in xs), offset), [i for i, _ in enumerate(["a", "b"], start=offset)])
base = [9]
joined = sum(([i, i] for i in range(3)), base)
joined.append(-1)
print(base, joined)


def total(values, first=0):
    return sum((v * 2 for v in values), first)


print(total([1, 2]), total([3], 4), total([], -7))
