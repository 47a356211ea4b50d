# break, continue, else and return in loops over generators; a generator's own return.


def evens(limit):
    n = 0
    while True:
        if n >= limit:
            return
        yield n
        n += 2


def grid(w, h):
    for y in range(h):
        for x in range(w):
            yield x, y
    print("grid done")


def three():
    print("one")
    yield 1
    print("two")
    yield 2
    print("three")
    yield 3
    print("end")


for v in evens(9):
    print("even", v)
else:
    print("evens finished")

for x, y in grid(3, 3):
    if x == y:
        continue
    if x + y == 3:
        print("break at", x, y)
        break
    print(x, y)
else:
    print("not printed")

for x, y in grid(2, 2):
    if x > 5:
        break
    print("cell", x, y)
else:
    print("grid else")

for v in three():
    if v == 2:
        continue
    print("v", v)
else:
    print("three else")

for v in three():
    if v == 2:
        break
    print("w", v)
else:
    print("not printed")


def first_big(limit, big):
    for v in evens(limit):
        if v > big:
            return v
        print("small", v)
    return -1


print(first_big(20, 7))
print(first_big(6, 7))


def skip_odd_rows(h):
    for y in range(h):
        if y % 2:
            continue
        for x in range(2):
            if x == 1 and y == 2:
                return
            yield y * 10 + x


for v in skip_odd_rows(5):
    print("r", v)
