# A function chosen at run time, assigned twice, passed through several calls.
def add(a, b):
    return a + b


def sub(a, b):
    return a - b


def mul(a, b):
    return a * b


def fold(op, xs, start):
    acc = start
    for x in xs:
        acc = op(acc, x)
    return acc


def twice(op, xs):
    return fold(op, xs, 0) + fold(op, xs, 1)


def choose(k):
    if k == 0:
        return add
    elif k == 1:
        return sub
    return mul


xs = [3, 4, 5]
for k in range(3):
    op = choose(k)
    print(k, twice(op, xs), fold(op, xs, 2), op(6, 7))
best = add
for cand in (sub, mul):
    if cand(2, 3) > best(2, 3):
        best = cand
print(best is mul, best(10, 10))
op = add if len(xs) > 5 else sub
print(op(1, 2))
op = mul
print(op(3, 3), op == mul)
