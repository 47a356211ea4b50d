# Dict comprehensions: filters, nested for clauses, items() as the iterable, the key evaluated
# before the value (as CPython 3.8+), the comprehension's variables its own.
def key(x):
    print("key", x)
    return x % 3


def value(x):
    print("value", x)
    return x * 2


xs = [3, 1, 4, 1]
sq = {x: x * x for x in xs}
print(sq)
inv = {v: k for k, v in sq.items() if v > 1}
print(inv, {i: [i] * i for i in range(3)})
print({i * 10 + j: i < j for i in range(2) for j in range(2)})
print({key(x): value(x) for x in xs if x != 1})
k = 7
print({k: k + 1 for k in range(2)}, k, len({x: 0 for x in xs}))
