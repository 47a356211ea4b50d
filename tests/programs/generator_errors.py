# An exception raised in a generator's body reaches the loop with CPython's type and message.


def ratios(xs, d):
    for x in xs:
        yield x // d


for r in ratios([10, 20], 5):
    print(r)
try:
    for r in ratios([10, 20], 0):
        print(r)
except ZeroDivisionError as e:
    print("caught", e)


def items(xs):
    for i in range(len(xs) + 1):
        yield xs[i]


for v in items([1, 2]):
    print(v)
